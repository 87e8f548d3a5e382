#include "access/actor.h"

namespace amtsdesk {

QSet<DepartmentId> Actor::departments() const
{
    QSet<DepartmentId> result;
    if (department.isValid())
        result.insert(department);
    if (onBehalfOfDepartment.isValid())
        result.insert(onBehalfOfDepartment);
    return result;
}

QString Actor::signature() const
{
    if (!onBehalfOf)
        return displayName;
    //: "i.V." (in Vertretung) is how a German deputy signs for an absent colleague.
    return QCoreApplication::translate("Actor", "%1 i.V. %2").arg(displayName, onBehalfOfName);
}

AuditRecord Actor::record(const QString &action, const QString &objectType, const QString &objectId,
                          const QJsonObject &details, const QString &reason) const
{
    AuditRecord r;
    r.actor = userId;
    r.onBehalfOf = onBehalfOf;
    r.action = action;
    r.objectType = objectType;
    r.objectId = objectId;
    r.details = details;
    r.reason = reason;
    return r;
}

} // namespace amtsdesk
