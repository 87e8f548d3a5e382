#include "bulkrecords.h"

#include "store/blobstore.h"
#include "store/database.h"
#include "store/transaction.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>

using namespace amtsdesk;

namespace {

// Words of German files; with a few spelt in lower case, so that case-blind orders are tested.
const char *const kWords[] = {
    "Antrag",    "Bescheid",  "Widerspruch", "Stellungnahme", "Anhörung",    "Gutachten",  "Vermerk",
    "Rechnung",  "Mahnung",   "Zustellung",  "Genehmigung",   "Ablehnung",   "Auflage",    "Bauantrag",
    "Baulast",   "Gebühr",    "Nachtrag",    "Einwendung",    "Protokoll",   "Vollmacht",  "Lageplan",
    "Grundbuch", "Auszug",    "Anlage",      "Nachweis",      "Erinnerung",  "Frist",      "Bestätigung",
    "Anzeige",   "Meldung",   "Erlaubnis",   "Verfügung",     "Abschrift",   "Entwurf",    "Zeichnung",
    "antrag",    "bescheid",  "vermerk",     "Schreiben",     "Mitteilung",  "Beschluss",  "Urteil",
    "Klage",     "Vergleich", "Quittung",    "Vertrag",       "Angebot",     "Auftrag",    "Abnahme",
    "Prüfung",
};

// One small real letter that every bulk document shares, so that opening one shows a page.
QByteArray letter()
{
    QByteArray bytes;
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return QByteArrayLiteral("bulk record\n"); // no fonts without a GUI application: text then
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    QPainter painter(&writer);
    painter.setFont(QFont(QStringLiteral("DejaVu Sans"), 12));
    painter.drawText(QRect(0, 0, writer.width(), writer.height() / 4), Qt::TextWordWrap,
                     QStringLiteral("Landkreis Musterfeld\n\nEin Schreiben aus dem Massenbestand der Messungen."));
    painter.end();
    return bytes;
}

} // namespace

Status BulkRecords::writeTo(Database &db, UserId author) const
{
    auto blob = BlobStore(db).writeBytes(letter());
    if (!blob)
        return blob.error();
    Transaction tx(db);
    if (!tx.status())
        return tx.status();
    if (Status s = BlobStore(db).reference(*blob); !s)
        return s;
    const auto run = [&db](const QString &sql, const QVariantList &params = {}) -> Status {
        if (auto r = db.exec(sql, params); !r)
            return r.error();
        return {};
    };
    const QStringList statements{
        QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS bulk_words(n INTEGER PRIMARY KEY, word TEXT NOT NULL)"),
        QStringLiteral("DELETE FROM bulk_words"),
        QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS bulk_units(n INTEGER PRIMARY KEY, id INTEGER, key TEXT, "
                       "department_id INTEGER, code TEXT)"),
        QStringLiteral("DELETE FROM bulk_units"),
    };
    for (const QString &sql : statements) {
        if (Status s = run(sql); !s)
            return s;
    }
    const int words = std::clamp(vocabulary, 1, int(std::size(kWords)));
    for (int i = 0; i < words; ++i) {
        if (Status s = run(QStringLiteral("INSERT INTO bulk_words(n, word) VALUES(?, ?)"),
                           {i, QString::fromUtf8(kWords[i])});
            !s)
            return s;
    }
    for (int i = 0; i < planKeys.size(); ++i) {
        if (Status s = run(QStringLiteral("INSERT INTO bulk_units(n, id, key, department_id, code) SELECT ?, u.id, "
                                          "u.key, u.department_id, d.code FROM file_plan_units u JOIN departments d "
                                          "ON d.id = u.department_id WHERE u.key = ?"),
                           {i, planKeys.at(i)});
            !s)
            return s;
    }
    auto firstFile = db.scalar(QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM files"));
    auto firstCase = db.scalar(QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM cases"));
    if (!firstFile || !firstCase)
        return !firstFile ? firstFile.error() : firstCase.error();
    const qint64 file0 = firstFile->toLongLong();
    const qint64 case0 = firstCase->toLongLong();
    const qint64 units = planKeys.size();
    const QString counter = QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < ?) ");
    const auto word = [words](const char *index) {
        return QStringLiteral("(SELECT word FROM bulk_words WHERE n = (%1) % %2)").arg(QLatin1String(index)).arg(words);
    };
    // Files: spread over the units; reference numbers unique, running numbers from the first new id.
    if (Status s = run(counter + QStringLiteral(
                           "INSERT INTO files(id, plan_unit_id, reference_number, running_number, year, subject, "
                           "lead_department_id, confidentiality, retention_years, created_at, created_by) "
                           "SELECT ? + i, u.id, printf('%s-%s-%07d/2016', u.code, u.key, ? + i), ? + i, 2016, ") +
                           word("i * 7") + QStringLiteral(" || ' ' || ") + word("i * 13 + 1") +
                           QStringLiteral(", u.department_id, 'offen', 10, strftime('%Y-%m-%dT%H:%M:%S.000Z', "
                                          "'2016-01-01', '+' || (i * 7919 % 300000000) || ' seconds'), ? "
                                          "FROM n JOIN bulk_units u ON u.n = i % ?"),
                       {files, file0, file0, file0, author.value, units});
        !s)
        return s;
    if (Status s = run(counter + QStringLiteral(
                           "INSERT INTO cases(id, file_id, number, subject, created_at, created_by) "
                           "SELECT ? + i, ? + i / ?, 1 + i % ?, ") +
                           word("i * 3 + 2") + QStringLiteral(" || ' ' || ") + word("i / 5") +
                           QStringLiteral(", strftime('%Y-%m-%dT%H:%M:%S.000Z', '2016-01-01', '+' || (i * 104729 % "
                                          "300000000) || ' seconds'), ? FROM n"),
                       {qint64(files) * casesPerFile, case0, file0, casesPerFile, casesPerFile, author.value});
        !s)
        return s;
    // Every case has its workflow item: mostly closed, as in a store of many years.
    if (Status s = run(QStringLiteral(
                           "INSERT INTO workflow_items(workflow_key, definition_version, item_type, item_ref, title, "
                           "department_id, fields, state, is_open, state_since, created_at) "
                           "SELECT 'case', 1, 'case', CAST(c.id AS TEXT), f.reference_number || '/' || c.number || ' ' "
                           "|| c.subject, f.lead_department_id, '{}', CASE c.id % 10 WHEN 0 THEN 'received' WHEN 1 "
                           "THEN 'in_progress' WHEN 2 THEN 'co_signing' WHEN 3 THEN 'final_signature' ELSE 'closed' "
                           "END, CASE WHEN c.id % 10 < 4 THEN 1 ELSE 0 END, c.created_at, c.created_at "
                           "FROM cases c JOIN files f ON f.id = c.file_id WHERE c.id >= ?"),
                       {case0});
        !s)
        return s;
    if (Status s = run(counter + QStringLiteral(
                           "INSERT INTO documents(case_id, title, direction, document_date, created_at, created_by) "
                           "SELECT ? + i / ?, ") +
                           word("i * 11 + 3") + QStringLiteral(" || ' ' || ") + word("i / 7") +
                           QStringLiteral(", CASE i % 3 WHEN 0 THEN 'incoming' WHEN 1 THEN 'outgoing' ELSE 'internal' "
                                          "END, CASE WHEN i % 5 = 4 THEN NULL ELSE date('2016-01-01', '+' || (i * 37 % "
                                          "3650) || ' days') END, strftime('%Y-%m-%dT%H:%M:%S.000Z', '2016-01-01', '+' "
                                          "|| (i * 7919 % 300000000) || ' seconds'), ? FROM n"),
                       {qint64(files) * casesPerFile * documentsPerCase, case0, documentsPerCase, author.value});
        !s)
        return s;
    if (Status s = run(QStringLiteral(
                           "INSERT INTO document_versions(document_id, version, blob_hash, file_name, mime_type, "
                           "size, page_count, text_status, created_at, created_by) SELECT d.id, 1, ?, 'brief.pdf', "
                           "'application/pdf', ?, 1, 'no_text', d.created_at, d.created_by FROM documents d "
                           "JOIN cases c ON c.id = d.case_id WHERE c.id >= ?"),
                       {blob->hash, blob->size, case0});
        !s)
        return s;
    return tx.commit();
}
