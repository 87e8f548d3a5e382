#pragma once

#include "access/audittraillist.h"
#include "models/pagedmodel.h"

namespace amtsdesk::ui {

// The audit trail, newest first, a window at a time (PagedTableModel over AuditTrailList): the
// view can jump to the first entry of millions, and memory holds what is on screen.
class AuditLogModel : public PagedModel<AuditTrailList, AuditTrailRow> {
    Q_OBJECT

public:
    enum Column { Time, Person, Action, Object, Details, Reason, ColumnCount };

    // Reads the whole trail (administrators only), newest first.
    AuditLogModel(Database &db, Actor actor, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    int sortedColumn() const override { return -1; }
    bool isSortable(int) const override { return false; }

    static QString actionName(const QString &action);
    static QString objectName(const QString &type, const QString &id);
    // The changed values of an entry in words: "role: Clerk; login: k.wolf", "department: 11 → 10".
    static QString detailText(const QJsonObject &details);
};

} // namespace amtsdesk::ui
