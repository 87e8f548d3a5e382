#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QString>

namespace amtsdesk {

class Database;

// A realistic demo district office (Landkreis Musterfeld): departments after the KGSt
// administrative structure a German Landkreis typically uses, and people in every role.
class DemoDistrict {
    Q_DECLARE_TR_FUNCTIONS(DemoDistrict)

public:
    // Creates a demo store at path with the given login as its administrator (and a clerk in
    // the IT department), then fills it with people, records, invoices and the digitalisation
    // programme (DemoRecords, DemoInvoices, DemoProgramme). The path must
    // not exist yet.
    static Status create(const QString &path, const QString &ownLogin);
    // Fills an empty demo store whose first administrator exists already.
    static Status fill(Database &db, const QString &adminLogin);
};

} // namespace amtsdesk
