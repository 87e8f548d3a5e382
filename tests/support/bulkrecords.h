#pragma once

#include "common/ids.h"
#include "common/result.h"

#include <QStringList>

namespace amtsdesk {
class Database;
}

// Many files, cases (with their workflow items) and documents written straight into a store by
// SQL in one transaction, for tests and benchmarks of long lists; not the realistic data of a
// generator, and without audit entries. Titles and subjects repeat (also in other letter case),
// so that orders have runs of equal values; states, directions and dates cycle.
struct BulkRecords {
    QStringList planKeys;      // leaf units; files are spread over them, each in its unit's department
    int files = 10;
    int casesPerFile = 3;
    int documentsPerCase = 3;
    int vocabulary = 50;       // how many different words titles and subjects are drawn from

    amtsdesk::Status writeTo(amtsdesk::Database &db, amtsdesk::UserId author) const;
};
