#pragma once

#include "access/actor.h"

namespace amtsdesk {

// Who may maintain what in the programme, asked without side effects: the pages ask before they
// offer an action, so that merely looking at a record writes no refusal into the audit trail.
// The services enforce the same rules themselves (and audit a refusal).
class ProgrammePermissions {
public:
    // The services a department offers: the programme manager, or an officer of the department
    // (OzgServices::mayEdit).
    static bool mayMaintainServices(const Actor &actor, DepartmentId department);
    // Importing the OZG catalogue: the programme manager or an administrator.
    static bool mayImportCatalogue(const Actor &actor);
    // Training records: with a department, its staff, attendance and requirements (the programme
    // manager, or an officer of that department); without one, courses and sessions (the
    // programme manager or any digitalisation officer).
    static bool mayMaintainTraining(const Actor &actor, DepartmentId department = {});
    // Deciding on an idea, and turning an adopted one into a sub-project: the programme manager,
    // or an officer of the idea's department (an idea of no department: the manager only).
    static bool mayDecideIdea(const Actor &actor, DepartmentId department);
    // A course required of a role reaches every department: the programme manager's decision.
    static bool mayRequireOfRole(const Actor &actor);
};

} // namespace amtsdesk
