#include "efile/fileexport.h"

#include "audit/auditlog.h"
#include "efile/documentservice.h"
#include "efile/fileplan.h"
#include "efile/fileservice.h"
#include "store/database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace amtsdesk {

Result<ExportSummary> FileExport::exportFile(const Actor &actor, FileId fileId, const QString &dest, CaseId onlyCase)
{
    FileService files(m_db);
    DocumentService documents(m_db);
    auto file = files.file(actor, fileId);
    if (!file)
        return file.error();
    const QFileInfo destInfo(dest);
    if (destInfo.exists() && !(destInfo.isDir() && QDir(dest).isEmpty()))
        return Error::conflict(tr("%1 exists already and is not an empty folder; choose a new folder for the export.")
                                   .arg(QDir::toNativeSeparators(dest)));
    if (!QDir().mkpath(dest))
        return Error::io(tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(dest)));
    auto cases = files.cases(actor, fileId);
    if (!cases)
        return cases.error();

    ExportSummary summary;
    summary.folder = destInfo.absoluteFilePath();
    QJsonArray caseArray;
    for (const Case &c : *cases) {
        if (onlyCase.isValid() && c.id != onlyCase)
            continue;
        ++summary.cases;
        auto docs = documents.documents(actor, c.id);
        if (!docs)
            return docs.error();
        QJsonArray docArray;
        for (const Document &d : *docs) {
            auto source = documents.versionPath(actor, d.current.id);
            if (!source)
                return source.error();
            const QString suffix = QFileInfo(d.current.fileName).suffix();
            const QString name = DocumentService::safeFileName(
                QStringLiteral("%1-%2 %3%4")
                    .arg(c.number, 2, 10, QLatin1Char('0'))
                    .arg(d.id.value)
                    .arg(d.title, suffix.isEmpty() ? QString() : QLatin1Char('.') + suffix));
            const QString target = QDir(dest).filePath(name);
            QFile::remove(target);
            if (!QFile::copy(*source, target))
                return Error::io(
                    tr("%1 could not be written. Is the disk full?").arg(QDir::toNativeSeparators(target)));
            QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup);
            QJsonArray notes;
            if (auto n = documents.notes(actor, QStringLiteral("document"), d.id.value); n) {
                for (const Note &note : *n)
                    notes << QJsonObject{{QStringLiteral("text"), note.text},
                                         {QStringLiteral("author"), note.author},
                                         {QStringLiteral("at"), note.createdAt.toString(Qt::ISODate)}};
            }
            docArray << QJsonObject{{QStringLiteral("id"), d.id.value},
                                    {QStringLiteral("title"), d.title},
                                    {QStringLiteral("direction"), directionKey(d.direction)},
                                    {QStringLiteral("date"), d.documentDate.toString(Qt::ISODate)},
                                    {QStringLiteral("sender"), d.sender},
                                    {QStringLiteral("recipients"), d.recipients},
                                    {QStringLiteral("version"), d.current.version},
                                    {QStringLiteral("original_name"), d.current.fileName},
                                    {QStringLiteral("exported_as"), name},
                                    {QStringLiteral("mime_type"), d.current.mimeType},
                                    {QStringLiteral("sha256"), d.current.blobHash},
                                    {QStringLiteral("size"), d.current.size},
                                    {QStringLiteral("notes"), notes}};
            ++summary.documents;
        }
        QJsonArray caseNotes;
        if (auto n = documents.notes(actor, QStringLiteral("case"), c.id.value); n) {
            for (const Note &note : *n)
                caseNotes << QJsonObject{{QStringLiteral("text"), note.text},
                                         {QStringLiteral("author"), note.author},
                                         {QStringLiteral("at"), note.createdAt.toString(Qt::ISODate)}};
        }
        caseArray << QJsonObject{{QStringLiteral("number"), c.number}, {QStringLiteral("subject"), c.subject},
                                 {QStringLiteral("state"), c.state},   {QStringLiteral("closed"), c.closed},
                                 {QStringLiteral("notes"), caseNotes}, {QStringLiteral("documents"), docArray}};
    }
    if (onlyCase.isValid() && summary.cases == 0)
        return Error::notFound(tr("The file %1 has no case number %2.").arg(file->referenceNumber).arg(onlyCase.value));
    const QJsonObject metadata{
        {QStringLiteral("reference_number"), file->referenceNumber},
        {QStringLiteral("subject"), file->subject},
        {QStringLiteral("plan_unit"), file->planKey},
        {QStringLiteral("department"), file->departmentCode},
        {QStringLiteral("confidentiality"), FileService::confidentialityLabel(file->confidentiality)},
        {QStringLiteral("retention"), FilePlan::retentionText(file->retentionYears)},
        {QStringLiteral("closed"), file->closedAt.toString(Qt::ISODate)},
        {QStringLiteral("exported_by"), actor.signature()},
        {QStringLiteral("cases"), caseArray},
    };
    QSaveFile meta(QDir(dest).filePath(QStringLiteral("metadata.json")));
    const QByteArray json = QJsonDocument(metadata).toJson(QJsonDocument::Indented);
    if (!meta.open(QIODevice::WriteOnly) || meta.write(json) != json.size() || !meta.commit())
        return Error::io(tr("metadata.json could not be written in %1.").arg(QDir::toNativeSeparators(dest)));
    if (auto r = AuditLog(m_db).append(actor.record(QStringLiteral("file.exported"), QStringLiteral("file"),
                                                    file->referenceNumber,
                                                    QJsonObject{{QStringLiteral("cases"), summary.cases},
                                                                {QStringLiteral("documents"), summary.documents},
                                                                {QStringLiteral("folder"), summary.folder}}));
        !r)
        return r.error();
    return summary;
}

} // namespace amtsdesk
