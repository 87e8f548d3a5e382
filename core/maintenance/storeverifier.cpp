#include "maintenance/storeverifier.h"

#include "maintenance/recordcheck.h"
#include "store/database.h"

namespace amtsdesk {

VerifyReport StoreVerifier::run(Database &db, const std::function<void(qint64, qint64)> &blobProgress)
{
    VerifyReport report;
    if (auto q = db.exec(QStringLiteral("PRAGMA integrity_check")); q) {
        while (q->next()) {
            const QString line = q->value(0).toString();
            if (line != QStringLiteral("ok"))
                report.integrityProblems << line;
        }
    } else {
        report.integrityProblems << q.error().message;
    }
    if (auto q = db.exec(QStringLiteral("PRAGMA foreign_key_check")); q) {
        while (q->next())
            report.integrityProblems << tr("row %1 of table %2 points at a missing row of %3")
                                            .arg(q->value(1).toString(), q->value(0).toString(), q->value(2).toString());
    } else {
        report.integrityProblems << q.error().message;
    }
    // SQLite's integrity check does not look inside the full-text index; FTS5's own check does. It
    // is written as an INSERT, which a read-only connection refuses before it runs.
    if (db.isReadOnly())
        report.notes << tr("Full-text index: not checked, the store is read-only");
    else if (auto fts =
                 db.exec(QStringLiteral("INSERT INTO document_fts(document_fts, rank) VALUES('integrity-check', 1)"));
             !fts)
        report.integrityProblems << tr("full-text index: %1").arg(fts.error().message);
    report.audit = AuditLog(db).verify();
    report.blobs = BlobStore(db).verify(blobProgress);
    report.recordProblems = RecordCheck::run(db);
    return report;
}

QStringList VerifyReport::describe() const
{
    QStringList lines;
    lines << (ok() ? StoreVerifier::tr("The store is intact.") : StoreVerifier::tr("The store is NOT intact."));
    if (integrityProblems.isEmpty())
        lines << StoreVerifier::tr("Database integrity: ok");
    for (const QString &p : integrityProblems)
        lines << StoreVerifier::tr("Database integrity: %1").arg(p);
    lines << notes;
    if (audit.ok())
        lines << StoreVerifier::tr("Audit trail: %1 entries, chain unbroken, head %2").arg(audit.entriesChecked).arg(audit.headHash);
    else if (audit.firstBroken)
        lines << StoreVerifier::tr("Audit trail: broken at entry %1: %2").arg(audit.firstBroken->value).arg(audit.problem);
    else
        lines << StoreVerifier::tr("Audit trail: cannot be read: %1").arg(audit.problem);
    if (blobs.ok())
        lines << StoreVerifier::tr("Documents: %1 stored files, all match their hashes").arg(blobs.checked);
    for (const QString &h : blobs.missing)
        lines << StoreVerifier::tr("Documents: blob %1 is missing").arg(h);
    for (const QString &h : blobs.corrupted)
        lines << StoreVerifier::tr("Documents: blob %1 does not match its hash (changed or damaged)").arg(h);
    if (blobs.orphans > 0)
        lines << StoreVerifier::tr("Documents: %1 unreferenced files (left by interrupted imports; harmless)").arg(blobs.orphans);
    if (recordProblems.isEmpty())
        lines << StoreVerifier::tr("Records: complete (each with its parts and its audit entries)");
    for (const QString &p : recordProblems)
        lines << StoreVerifier::tr("Records: %1").arg(p);
    return lines;
}

} // namespace amtsdesk
