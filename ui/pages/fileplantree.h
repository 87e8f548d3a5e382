#pragma once

#include "access/actor.h"
#include "efile/efiletypes.h"

#include <QTreeView>

namespace amtsdesk {
class Database;
}

namespace amtsdesk::ui {

class FilePlanModel;

// The file plan on the left of the E-Akte: "All files", the units, and under an opened unit its
// files, read a page at a time as the person scrolls down through them (FilePlanModel).
class FilePlanTree : public QTreeView {
    Q_OBJECT

public:
    FilePlanTree(Database &db, const Actor &actor, QWidget *parent = nullptr);

    FilePlanModel *planModel() const { return m_model; }
    // Reads the plan again and opens its structure (the units that have sub-units).
    void reload();
    // Reads a unit's files again and shows the file (after it was created or closed there).
    bool showFile(PlanUnitId unit, FileId file);
    // Chooses a file, opening its unit and reading its files as far as needed.
    bool selectFile(FileId file);

signals:
    void allChosen();
    void unitChosen(const QString &key);
    void fileChosen(amtsdesk::FileId file);

protected:
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;

private:
    void openStructure(const QModelIndex &parent);
    void fetchVisible();

    FilePlanModel *m_model;
};

} // namespace amtsdesk::ui
