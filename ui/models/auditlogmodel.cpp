#include "models/auditlogmodel.h"

#include "access/role.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QLocale>

namespace amtsdesk::ui {

AuditLogModel::AuditLogModel(Database &db, Actor actor, QObject *parent)
    : PagedModel(db, std::move(actor), parent)
{
    setQuery({});
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
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
        {QStringLiteral("backup.made"), QT_TR_NOOP("Backup made")},
        {QStringLiteral("backup.failed"), QT_TR_NOOP("Backup failed")},
        {QStringLiteral("backup.plan_changed"), QT_TR_NOOP("Scheduled backup changed")},
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

QString AuditLogModel::detailText(const QJsonObject &details)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("login"), QT_TR_NOOP("login")},
        {QStringLiteral("display_name"), QT_TR_NOOP("name")},
        {QStringLiteral("department"), QT_TR_NOOP("department")},
        {QStringLiteral("role"), QT_TR_NOOP("role")},
        {QStringLiteral("deputy"), QT_TR_NOOP("deputy")},
        {QStringLiteral("principal"), QT_TR_NOOP("for")},
        {QStringLiteral("from"), QT_TR_NOOP("from")},
        {QStringLiteral("until"), QT_TR_NOOP("until")},
        {QStringLiteral("code"), QT_TR_NOOP("code")},
        {QStringLiteral("name"), QT_TR_NOOP("name")},
        {QStringLiteral("parent"), QT_TR_NOOP("part of")},
        {QStringLiteral("kind"), QT_TR_NOOP("kind")},
        {QStringLiteral("schema"), QT_TR_NOOP("schema")},
        {QStringLiteral("attempted"), QT_TR_NOOP("attempted")},
    };
    auto value = [](const QString &key, const QJsonValue &v) {
        const QString text = v.toVariant().toString();
        if (key == QStringLiteral("role")) {
            if (auto role = Roles::fromKey(text))
                return Roles::displayName(*role);
        }
        return text;
    };
    QStringList parts;
    for (auto it = details.constBegin(); it != details.constEnd(); ++it) {
        const auto label = labels.constFind(it.key());
        const QString name = label == labels.cend() ? it.key() : tr(label.value());
        const QJsonValue v = it.value();
        if (v.isObject() && v.toObject().contains(QStringLiteral("new")))
            parts << QStringLiteral("%1: %2 → %3").arg(name, value(it.key(), v[QStringLiteral("old")]),
                                                     value(it.key(), v[QStringLiteral("new")]));
        else if (!v.toVariant().toString().isEmpty())
            parts << QStringLiteral("%1: %2").arg(name, value(it.key(), v));
    }
    return parts.join(QStringLiteral("; "));
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const AuditTrailRow *row = rowAt(index.row());
    if (!row) // not read yet: it comes once the list's outline is there
        return role == Qt::DisplayRole && index.column() == Action ? QStringLiteral("…") : QVariant();
    const AuditEntry &e = row->item;
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
    case Details: return detailText(e.details);
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
