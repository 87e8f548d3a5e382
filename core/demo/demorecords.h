#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QString>

namespace amtsdesk {

class Database;
class PdfWorker;

// What a new user of the demo finds in the E-Akte: a file plan for the district's
// departments, files with cases in every workflow state, letters as PDF and text (indexed,
// so that search works at once), notes, resubmissions due today, a VS-NfD file, and files
// closed in 2013 whose ten years of retention have ended (the disposal list). The person
// running the demo works in "IT und digitale Verwaltung" and finds their own files there.
class DemoRecords {
    Q_DECLARE_TR_FUNCTIONS(DemoRecords)

public:
    // Fills a demo store that DemoDistrict has filled with people. The worker reads the
    // letters for the search; without one they stay waiting to be read.
    static Status fill(Database &db, const QString &adminLogin, PdfWorker *worker);
};

} // namespace amtsdesk
