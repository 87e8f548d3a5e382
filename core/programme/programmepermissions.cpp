#include "programme/programmepermissions.h"

namespace amtsdesk {

bool ProgrammePermissions::mayMaintainServices(const Actor &actor, DepartmentId department)
{
    return actor.hasRole(Role::ProgrammeManager) ||
           (actor.hasRole(Role::DigitalisationOfficer) && actor.departments().contains(department));
}

bool ProgrammePermissions::mayImportCatalogue(const Actor &actor)
{
    return actor.hasRole(Role::ProgrammeManager) || actor.hasRole(Role::Administrator);
}

bool ProgrammePermissions::mayMaintainTraining(const Actor &actor, DepartmentId department)
{
    return actor.hasRole(Role::ProgrammeManager) ||
           (actor.hasRole(Role::DigitalisationOfficer) &&
            (!department.isValid() || actor.departments().contains(department)));
}

bool ProgrammePermissions::mayDecideIdea(const Actor &actor, DepartmentId department)
{
    if (actor.isSystem)
        return false;
    return actor.hasRole(Role::ProgrammeManager) || (actor.hasRole(Role::DigitalisationOfficer) &&
                                                     department.isValid() && actor.departments().contains(department));
}

bool ProgrammePermissions::mayRequireOfRole(const Actor &actor)
{
    return actor.hasRole(Role::ProgrammeManager);
}

} // namespace amtsdesk
