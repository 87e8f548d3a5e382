#pragma once

#include "access/actor.h"
#include "efile/efiletypes.h"

#include <QAbstractItemModel>
#include <QHash>

#include <memory>

namespace amtsdesk {
class Database;
}

namespace amtsdesk::ui {

// The file plan as a tree, with the files the person may see under their units: "All files"
// first, then the units. The units are read at once (a plan has hundreds); a unit's files only
// when it is opened, a page at a time (canFetchMore / fetchMore per unit), so that the tree
// costs the same for ten files and for a hundred thousand.
class FilePlanModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum class Kind { All, Unit, File };
    static constexpr int kFilePage = 200;

    FilePlanModel(Database &db, Actor actor, QObject *parent = nullptr);
    ~FilePlanModel() override;

    // Reads the plan again; the files come again as units are opened.
    void reload();
    // Reads the files of the unit again (after a file was created or closed there).
    void reloadFiles(PlanUnitId unit);
    QString lastError() const { return m_error; }

    Kind kind(const QModelIndex &index) const;
    FileId fileAt(const QModelIndex &index) const;
    const PlanUnit *unitAt(const QModelIndex &index) const;
    // Whether files are filed under the unit (it has no sub-units).
    bool isLeaf(const QModelIndex &index) const;
    // The index of a file the person may see, reading its unit's files as far as needed;
    // invalid when it is not in the tree.
    QModelIndex indexOfFile(FileId file);
    QModelIndex indexOfUnit(PlanUnitId unit) const;
    // How many files of the unit are read so far.
    int loadedFiles(const QModelIndex &unit) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    struct Node;
    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOf(const Node *node) const;
    void build();

    Database &m_db;
    Actor m_actor;
    std::unique_ptr<Node> m_root;
    QHash<qint64, Node *> m_units;
    QString m_error;
};

} // namespace amtsdesk::ui
