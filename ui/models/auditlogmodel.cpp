#include "models/auditlogmodel.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QLocale>

namespace amtsdesk::ui {

AuditLogModel::AuditLogModel(Database &db, QObject *parent) : QAbstractTableModel(parent), m_log(db)
{
    reload();
}

void AuditLogModel::reload()
{
    beginResetModel();
    m_entries.clear();
    m_atEnd = false;
    m_lastError.clear();
    loadPage();
    endResetModel();
}

QList<AuditEntry> AuditLogModel::loadPage()
{
    const AuditEntryId before = m_entries.isEmpty() ? AuditEntryId() : m_entries.last().id;
    auto page = m_log.page(before, kPageSize);
    if (!page) {
        m_lastError = page.error().message;
        m_atEnd = true;
        return {};
    }
    if (page->size() < kPageSize)
        m_atEnd = true;
    if (m_entries.isEmpty())
        m_entries = *page;
    return *page;
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool AuditLogModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void AuditLogModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd || m_entries.isEmpty())
        return;
    const QList<AuditEntry> page = loadPage();
    if (page.isEmpty())
        return;
    beginInsertRows({}, int(m_entries.size()), int(m_entries.size() + page.size() - 1));
    m_entries.append(page);
    endInsertRows();
}

QString AuditLogModel::actionName(const QString &action)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("store.created"), QT_TR_NOOP("Store created")},
        {QStringLiteral("user.created"), QT_TR_NOOP("User created")},
        {QStringLiteral("role.granted"), QT_TR_NOOP("Role granted")},
        {QStringLiteral("role.revoked"), QT_TR_NOOP("Role revoked")},
        {QStringLiteral("user.department_changed"), QT_TR_NOOP("Department changed")},
        {QStringLiteral("department.created"), QT_TR_NOOP("Department created")},
        {QStringLiteral("deputy.added"), QT_TR_NOOP("Deputy named")},
        {QStringLiteral("access.denied"), QT_TR_NOOP("Access refused")},
    };
    const auto it = names.constFind(action);
    return it == names.cend() ? action : tr(it.value());
}

QString AuditLogModel::objectName(const QString &type, const QString &id)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("store"), QT_TR_NOOP("Store")},
        {QStringLiteral("user"), QT_TR_NOOP("User")},
        {QStringLiteral("department"), QT_TR_NOOP("Department")},
        {QStringLiteral("permission"), QT_TR_NOOP("Permission")},
    };
    const auto it = names.constFind(type);
    const QString name = it == names.cend() ? type : tr(it.value());
    return id.isEmpty() ? name : QStringLiteral("%1 %2").arg(name, id);
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const AuditEntry &e = m_entries.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == Details)
        return tr("Entry %1, hash %2").arg(e.id.value).arg(e.hash);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Time: return QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat);
    case Person:
        return e.onBehalfOf ? tr("%1 i.V. %2").arg(e.actorName, e.onBehalfOfName) : e.actorName;
    case Action: return actionName(e.action);
    case Object: return objectName(e.objectType, e.objectId);
    case Details: {
        QStringList parts;
        for (auto it = e.details.constBegin(); it != e.details.constEnd(); ++it) {
            const QJsonValue v = it.value();
            if (v.isObject() && v.toObject().contains(QStringLiteral("new")))
                parts << QStringLiteral("%1: %2 → %3").arg(it.key(), v[QStringLiteral("old")].toVariant().toString(),
                                                         v[QStringLiteral("new")].toVariant().toString());
            else
                parts << QStringLiteral("%1: %2").arg(it.key(), v.toVariant().toString());
        }
        return parts.join(QStringLiteral("; "));
    }
    case Reason: return e.reason;
    default: return {};
    }
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time: return tr("Time");
    case Person: return tr("Person");
    case Action: return tr("Action");
    case Object: return tr("Object");
    case Details: return tr("Details");
    case Reason: return tr("Reason");
    default: return {};
    }
}

} // namespace amtsdesk::ui
