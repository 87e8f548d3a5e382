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
        {QStringLiteral("workflow.installed"), QT_TR_NOOP("Workflow installed")},
        {QStringLiteral("workflow.started"), QT_TR_NOOP("Workflow started")},
        {QStringLiteral("workflow.transition"), QT_TR_NOOP("Workflow step")},
        {QStringLiteral("plan_unit.created"), QT_TR_NOOP("File plan unit created")},
        {QStringLiteral("plan_unit.changed"), QT_TR_NOOP("File plan unit changed")},
        {QStringLiteral("file.created"), QT_TR_NOOP("File created")},
        {QStringLiteral("file.viewed"), QT_TR_NOOP("File viewed")},
        {QStringLiteral("file.closed"), QT_TR_NOOP("File closed")},
        {QStringLiteral("file.refiled"), QT_TR_NOOP("File re-filed")},
        {QStringLiteral("file.exported"), QT_TR_NOOP("File exported")},
        {QStringLiteral("file.destruction_requested"), QT_TR_NOOP("Destruction requested")},
        {QStringLiteral("file.destroyed"), QT_TR_NOOP("File destroyed")},
        {QStringLiteral("document.added"), QT_TR_NOOP("Document added")},
        {QStringLiteral("document.version_added"), QT_TR_NOOP("New version added")},
        {QStringLiteral("note.added"), QT_TR_NOOP("Note added")},
        {QStringLiteral("resubmission.added"), QT_TR_NOOP("Resubmission set")},
        {QStringLiteral("resubmission.done"), QT_TR_NOOP("Resubmission done")},
        {QStringLiteral("invoice.received"), QT_TR_NOOP("Invoice received")},
        {QStringLiteral("invoice.routed"), QT_TR_NOOP("Invoice routed")},
        {QStringLiteral("invoice.route_set"), QT_TR_NOOP("Invoice route set")},
        {QStringLiteral("invoice.route_removed"), QT_TR_NOOP("Invoice route removed")},
        {QStringLiteral("invoice.file_plan_key_set"), QT_TR_NOOP("Invoice file plan unit set")},
        {QStringLiteral("invoice.exported"), QT_TR_NOOP("Invoices exported")},
        {QStringLiteral("subproject.created"), QT_TR_NOOP("Sub-project created")},
        {QStringLiteral("subproject.updated"), QT_TR_NOOP("Sub-project changed")},
        {QStringLiteral("subproject.reported"), QT_TR_NOOP("Status report")},
        {QStringLiteral("milestone.added"), QT_TR_NOOP("Milestone added")},
        {QStringLiteral("milestone.moved"), QT_TR_NOOP("Milestone moved")},
        {QStringLiteral("milestone.completed"), QT_TR_NOOP("Milestone reached")},
        {QStringLiteral("ozg.catalogue_imported"), QT_TR_NOOP("OZG catalogue imported")},
        {QStringLiteral("ozg.service_offered"), QT_TR_NOOP("Service offered")},
        {QStringLiteral("ozg.service_changed"), QT_TR_NOOP("Service changed")},
        {QStringLiteral("ozg.maturity_changed"), QT_TR_NOOP("Maturity changed")},
        {QStringLiteral("training.staff_added"), QT_TR_NOOP("Staff member added")},
        {QStringLiteral("training.staff_changed"), QT_TR_NOOP("Staff member changed")},
        {QStringLiteral("training.staff_activated"), QT_TR_NOOP("Staff member active again")},
        {QStringLiteral("training.staff_deactivated"), QT_TR_NOOP("Staff member left")},
        {QStringLiteral("training.course_added"), QT_TR_NOOP("Course added")},
        {QStringLiteral("training.session_added"), QT_TR_NOOP("Session added")},
        {QStringLiteral("training.attendance_recorded"), QT_TR_NOOP("Attendance recorded")},
        {QStringLiteral("training.attendance_removed"), QT_TR_NOOP("Attendance removed")},
        {QStringLiteral("training.requirement_added"), QT_TR_NOOP("Required course added")},
        {QStringLiteral("training.requirement_removed"), QT_TR_NOOP("Required course removed")},
        {QStringLiteral("idea.recorded"), QT_TR_NOOP("Idea recorded")},
        {QStringLiteral("idea.decided"), QT_TR_NOOP("Idea decided")},
        {QStringLiteral("idea.turned_into_subproject"), QT_TR_NOOP("Idea became a sub-project")},
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
        {QStringLiteral("workflow"), QT_TR_NOOP("Workflow")},
        {QStringLiteral("plan_unit"), QT_TR_NOOP("File plan unit")},
        {QStringLiteral("file"), QT_TR_NOOP("File")},
        {QStringLiteral("case"), QT_TR_NOOP("Case")},
        {QStringLiteral("document"), QT_TR_NOOP("Document")},
        {QStringLiteral("invoice"), QT_TR_NOOP("Invoice")},
        {QStringLiteral("invoice_export"), QT_TR_NOOP("Invoice export")},
        {QStringLiteral("leitweg_id"), QT_TR_NOOP("Leitweg-ID")},
        {QStringLiteral("subproject"), QT_TR_NOOP("Sub-project")},
        {QStringLiteral("ozg_catalogue"), QT_TR_NOOP("OZG catalogue")},
        {QStringLiteral("district_service"), QT_TR_NOOP("Service")},
        {QStringLiteral("staff"), QT_TR_NOOP("Staff member")},
        {QStringLiteral("training"), QT_TR_NOOP("Training")},
        {QStringLiteral("course"), QT_TR_NOOP("Course")},
        {QStringLiteral("course_session"), QT_TR_NOOP("Session")},
        {QStringLiteral("idea"), QT_TR_NOOP("Idea")},
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
        {QStringLiteral("staff"), QT_TR_NOOP("staff member")},
        {QStringLiteral("date"), QT_TR_NOOP("date")},
        {QStringLiteral("trafficLight"), QT_TR_NOOP("traffic light")},
        {QStringLiteral("report"), QT_TR_NOOP("report")},
        {QStringLiteral("progress"), QT_TR_NOOP("progress")},
        {QStringLiteral("title"), QT_TR_NOOP("title")},
        {QStringLiteral("state"), QT_TR_NOOP("state")},
        {QStringLiteral("milestone"), QT_TR_NOOP("milestone")},
        {QStringLiteral("transition"), QT_TR_NOOP("step")},
        {QStringLiteral("due"), QT_TR_NOOP("due")},
        {QStringLiteral("done"), QT_TR_NOOP("done")},
        {QStringLiteral("file"), QT_TR_NOOP("file")},
        {QStringLiteral("workflow"), QT_TR_NOOP("workflow")},
        {QStringLiteral("version"), QT_TR_NOOP("version")},
        {QStringLiteral("course"), QT_TR_NOOP("course")},
        {QStringLiteral("target"), QT_TR_NOOP("target")},
        {QStringLiteral("on"), QT_TR_NOOP("on")},
        {QStringLiteral("old"), QT_TR_NOOP("before")},
        {QStringLiteral("new"), QT_TR_NOOP("after")},
        {QStringLiteral("maturity"), QT_TR_NOOP("maturity")},
        {QStringLiteral("catalogue"), QT_TR_NOOP("catalogue")},
        {QStringLiteral("status"), QT_TR_NOOP("status")},
        {QStringLiteral("retention"), QT_TR_NOOP("retention")},
        {QStringLiteral("plannedStart"), QT_TR_NOOP("planned start")},
        {QStringLiteral("plannedEnd"), QT_TR_NOOP("planned end")},
        {QStringLiteral("forecastStart"), QT_TR_NOOP("forecast start")},
        {QStringLiteral("forecastEnd"), QT_TR_NOOP("forecast end")},
        {QStringLiteral("participating"), QT_TR_NOOP("participating")},
        {QStringLiteral("lead"), QT_TR_NOOP("lead")},
        {QStringLiteral("dependsOn"), QT_TR_NOOP("depends on")},
        {QStringLiteral("budgetPlanned"), QT_TR_NOOP("budget planned")},
        {QStringLiteral("budgetSpent"), QT_TR_NOOP("budget spent")},
        {QStringLiteral("area"), QT_TR_NOOP("area")},
        {QStringLiteral("direction"), QT_TR_NOOP("direction")},
        {QStringLiteral("case"), QT_TR_NOOP("case")},
        {QStringLiteral("via"), QT_TR_NOOP("via")},
        {QStringLiteral("routed"), QT_TR_NOOP("routed to")},
        {QStringLiteral("readable"), QT_TR_NOOP("readable")},
        {QStringLiteral("number"), QT_TR_NOOP("number")},
        {QStringLiteral("leitweg_id"), QT_TR_NOOP("Leitweg-ID")},
        {QStringLiteral("hash"), QT_TR_NOOP("hash")},
        {QStringLiteral("errors"), QT_TR_NOOP("errors")},
        {QStringLiteral("duplicate_of"), QT_TR_NOOP("duplicate of")},
        {QStringLiteral("requirement"), QT_TR_NOOP("required course")},
        {QStringLiteral("subject"), QT_TR_NOOP("subject")},
        {QStringLiteral("plan"), QT_TR_NOOP("file plan unit")},
        {QStringLiteral("confidentiality"), QT_TR_NOOP("confidentiality")},
        {QStringLiteral("source"), QT_TR_NOOP("source")},
        {QStringLiteral("submittedOn"), QT_TR_NOOP("submitted on")},
        {QStringLiteral("cost_centre"), QT_TR_NOOP("cost centre")},
        {QStringLiteral("budget_item"), QT_TR_NOOP("budget item")},
        {QStringLiteral("allocations"), QT_TR_NOOP("allocations")},
        {QStringLiteral("for"), QT_TR_NOOP("for")},
        {QStringLiteral("subproject"), QT_TR_NOOP("sub-project")},
        {QStringLiteral("retention_until"), QT_TR_NOOP("kept until")},
        {QStringLiteral("note"), QT_TR_NOOP("note")},
        {QStringLiteral("idea"), QT_TR_NOOP("idea")},
        {QStringLiteral("updated"), QT_TR_NOOP("updated")},
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
