#pragma once

#include "efile/caselist.h"
#include "models/pagedmodel.h"

namespace amtsdesk::ui {

// Cases as a table, a window at a time (PagedTableModel): file, number, subject, state and the
// day it was opened; sorted in SQL by the file column (reference and number), the subject, the
// state or the day. A file's own list hides the file column.
class CaseListModel : public PagedModel<CaseList, CaseListRow> {
    Q_OBJECT

public:
    enum Column { File, Number, Subject, State, Opened, ColumnCount };

    CaseListModel(Database &db, Actor actor, QObject *parent = nullptr);

    // Shows the cases of another scope, in the order chosen.
    void setScope(const ListScope &scope);
    CaseId caseAt(int row) const;
    int rowOf(CaseId id);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order) override;
    int sortedColumn() const override;
    bool isSortable(int) const override { return true; }
};

} // namespace amtsdesk::ui
