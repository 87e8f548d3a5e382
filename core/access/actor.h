#pragma once

#include "access/role.h"
#include "audit/auditlog.h"
#include "common/ids.h"

#include <QMetaType>
#include <QSet>
#include <QString>

#include <optional>

namespace amtsdesk {

// The person acting now. A deputy (Vertretung) acting for someone borrows that person's roles
// and departments but stays themselves: onBehalfOf names the principal ("i.V."), and rules
// such as four-eyes compare userId, the real person.
struct Actor {
    UserId userId;
    QString login;
    QString displayName;
    bool isSystem = false;
    DepartmentId department;
    QSet<Role> ownRoles;

    std::optional<UserId> onBehalfOf;
    QString onBehalfOfName;
    DepartmentId onBehalfOfDepartment;
    QSet<Role> borrowedRoles;

    bool hasRole(Role role) const { return ownRoles.contains(role) || borrowedRoles.contains(role); }
    // The departments whose work this actor may do now: their own and, as deputy, the principal's.
    QSet<DepartmentId> departments() const;
    // "Anna Schmidt", or "Anna Schmidt i.V. Bernd Meier" when acting as deputy.
    QString signature() const;
    // An audit record with who and for whom filled in.
    AuditRecord record(const QString &action, const QString &objectType, const QString &objectId,
                       const QJsonObject &details = {}, const QString &reason = {}) const;
};

} // namespace amtsdesk

// Handed to threads (the inbox watcher) in queued calls.
Q_DECLARE_METATYPE(amtsdesk::Actor)
