#pragma once

#include "audit/auditlog.h"

#include <QAbstractTableModel>

namespace amtsdesk::ui {

// The audit trail, newest first, loaded page by page (keyset paging) as the view scrolls.
class AuditLogModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Time, Person, Action, Object, Details, Reason, ColumnCount };

    explicit AuditLogModel(Database &db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Starts again from the newest entry.
    void reload();
    QString lastError() const { return m_lastError; }

    static QString actionName(const QString &action);
    static QString objectName(const QString &type, const QString &id);
    // The changed values of an entry in words: "role: Clerk; login: k.wolf", "department: 11 → 10".
    static QString detailText(const QJsonObject &details);

private:
    static constexpr int kPageSize = 200;

    // The next page after what is loaded; the first page goes straight into the rows.
    QList<AuditEntry> loadPage();

    AuditLog m_log;
    QList<AuditEntry> m_entries;
    bool m_atEnd = false;
    QString m_lastError;
};

} // namespace amtsdesk::ui
