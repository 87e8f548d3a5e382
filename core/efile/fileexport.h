#pragma once

#include "access/actor.h"
#include "efile/efiletypes.h"

#include <QCoreApplication>

namespace amtsdesk {

class Database;

struct ExportSummary {
    QString folder;
    int cases = 0;
    int documents = 0;
};

// Writes a file or one case as a folder: every document's current version under a safe name
// (case number, document number, title) and metadata.json with the file's, cases' and
// documents' metadata and notes. Only what the actor may read; every export is audited.
class FileExport {
    Q_DECLARE_TR_FUNCTIONS(FileExport)

public:
    explicit FileExport(Database &db) : m_db(db) {}

    // dest must not exist yet (or be an empty folder). caseId invalid: the whole file.
    Result<ExportSummary> exportFile(const Actor &actor, FileId file, const QString &dest, CaseId caseId = {});

private:
    Database &m_db;
};

} // namespace amtsdesk
