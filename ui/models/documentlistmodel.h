#pragma once

#include "efile/documentlist.h"
#include "models/pagedmodel.h"

namespace amtsdesk::ui {

// Documents as a table, a window at a time (PagedTableModel): title, date, way, version, type,
// whether its text is searchable, and its case; sorted in SQL by title, date, way or case (the
// others keep the order). A case's own list hides the case column.
class DocumentListModel : public PagedModel<DocumentList, DocumentListRow> {
    Q_OBJECT

public:
    enum Column { Title, Date, Way, Version, Type, Text, CaseColumn, ColumnCount };

    DocumentListModel(Database &db, Actor actor, QObject *parent = nullptr);

    // Shows the documents of another scope, in the order chosen.
    void setScope(const ListScope &scope);
    DocumentId documentAt(int row) const;
    int rowOf(DocumentId id);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order) override;
    int sortedColumn() const override;
    bool isSortable(int column) const override;

    // A version's text status in words: searchable, being read, password-protected, …
    static QString textStatusLabel(const QString &status);
};

} // namespace amtsdesk::ui
