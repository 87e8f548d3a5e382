#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QString>

namespace amtsdesk {

class Database;

// The demo district's digitalisation programme: 20+ sub-projects across the departments with a
// year of status reports and their milestones, typical district OZG services at several
// maturity levels (names and LeiKa keys are public facts of the OZG catalogue), the staff
// directory, courses with sessions and attendance, and ideas from the consultation hours.
class DemoProgramme {
    Q_DECLARE_TR_FUNCTIONS(DemoProgramme)

public:
    // Into a demo store filled by DemoDistrict::fill (its departments and people).
    static Status fill(Database &db, const QString &adminLogin);
};

} // namespace amtsdesk
