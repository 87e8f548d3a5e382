#include "efile/documentservice.h"

#include "audit/auditlog.h"
#include "common/clock.h"
#include "efile/fileservice.h"
#include "store/blobstore.h"
#include "store/database.h"
#include "store/keysetquery.h"
#include "store/transaction.h"

#include <QDir>
#include <QFileInfo>
#include <QMimeDatabase>

namespace amtsdesk {

namespace {

const QString kDocumentSelect = QStringLiteral(
    "SELECT d.id, d.case_id, d.title, d.direction, d.document_date, d.sender, d.recipients, d.created_at, "
    "v.id, v.version, v.blob_hash, v.file_name, v.mime_type, v.size, v.page_count, v.text_status, v.text_note, "
    "v.created_at, u.display_name "
    "FROM documents d JOIN document_versions v ON v.document_id = d.id "
    "AND v.version = (SELECT max(version) FROM document_versions WHERE document_id = d.id) "
    "JOIN users u ON u.id = v.created_by ");

DocumentVersion readVersion(const QSqlQuery &q, int offset)
{
    DocumentVersion v;
    v.id = VersionId(q.value(offset).toLongLong());
    v.version = q.value(offset + 1).toInt();
    v.blobHash = q.value(offset + 2).toString();
    v.fileName = q.value(offset + 3).toString();
    v.mimeType = q.value(offset + 4).toString();
    v.size = q.value(offset + 5).toLongLong();
    if (!q.value(offset + 6).isNull())
        v.pageCount = q.value(offset + 6).toInt();
    v.textStatus = q.value(offset + 7).toString();
    v.textNote = q.value(offset + 8).toString();
    v.createdAt = fromStoredTimestamp(q.value(offset + 9).toString());
    v.createdBy = q.value(offset + 10).toString();
    return v;
}

Document readDocument(const QSqlQuery &q)
{
    Document d;
    d.id = DocumentId(q.value(0).toLongLong());
    d.caseId = CaseId(q.value(1).toLongLong());
    d.title = q.value(2).toString();
    d.direction = directionFromKey(q.value(3).toString()).value_or(Direction::Incoming);
    d.documentDate = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    d.sender = q.value(5).toString();
    d.recipients = q.value(6).toString();
    d.createdAt = fromStoredTimestamp(q.value(7).toString());
    d.current = readVersion(q, 8);
    return d;
}

QVariant nullableText(const QString &text)
{
    return text.trimmed().isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text.trimmed());
}

// The file a case belongs to, loaded for a permission check.
Result<EFile> fileOfCase(Database &db, CaseId caseId)
{
    auto fileId = db.scalar(QStringLiteral("SELECT file_id FROM cases WHERE id = ?"), {caseId.value});
    if (!fileId)
        return fileId.error();
    if (!fileId->isValid())
        return Error::notFound(DocumentService::tr("There is no case number %1.").arg(caseId.value));
    return FileService(db).loadFile(FileId(fileId->toLongLong()));
}

Result<CaseId> caseOfDocument(Database &db, DocumentId id)
{
    auto caseId = db.scalar(QStringLiteral("SELECT case_id FROM documents WHERE id = ?"), {id.value});
    if (!caseId)
        return caseId.error();
    if (!caseId->isValid())
        return Error::notFound(DocumentService::tr("There is no document number %1.").arg(id.value));
    return CaseId(caseId->toLongLong());
}

// The file a note's case or document belongs to.
Result<EFile> fileOfNoteObject(Database &db, const QString &objectType, qint64 objectId)
{
    CaseId caseId(objectId);
    if (objectType == QStringLiteral("document")) {
        auto c = caseOfDocument(db, DocumentId(objectId));
        if (!c)
            return c.error();
        caseId = *c;
    } else if (objectType != QStringLiteral("case")) {
        return Error::internal(DocumentService::tr("Notes belong to cases and documents."));
    }
    return fileOfCase(db, caseId);
}

} // namespace

QString DocumentService::safeFileName(const QString &name)
{
    QString base = name.section(QLatin1Char('/'), -1).section(QLatin1Char('\\'), -1);
    QString clean;
    for (const QChar c : base) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format ||
            QStringLiteral("<>:\"|?*").contains(c))
            clean += QLatin1Char('_');
        else
            clean += c;
    }
    while (clean.startsWith(QLatin1Char('.')) || clean.startsWith(QLatin1Char(' ')))
        clean.remove(0, 1);
    clean = clean.trimmed();
    if (clean.size() > 120) {
        const QString suffix = QFileInfo(clean).suffix().left(10);
        clean = clean.left(120 - suffix.size() - 1) + QLatin1Char('.') + suffix;
    }
    return clean.isEmpty() ? QStringLiteral("dokument") : clean;
}

QString DocumentService::mimeTypeOf(const QString &path)
{
    return QMimeDatabase().mimeTypeForFile(path).name();
}

Result<StoredFile> DocumentService::storeFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile())
        return Error::notFound(tr("%1 is not a file.").arg(path));
    if (info.size() > kMaxDocumentBytes)
        return Error::invalid(tr("%1 is larger than 2 GB; split it or store it elsewhere.").arg(info.fileName()));
    auto blob = BlobStore(m_db).writeFile(path);
    if (!blob)
        return blob.error();
    return StoredFile{blob->hash, blob->size, safeFileName(info.fileName()), mimeTypeOf(path)};
}

Result<VersionId> DocumentService::insertVersion(const Actor &actor, DocumentId document, int version,
                                                 const StoredFile &file)
{
    if (Status s = BlobStore(m_db).reference(BlobRef{file.hash, file.size}); !s)
        return s.error();
    const bool indexable =
        file.mimeType == QStringLiteral("application/pdf") || file.mimeType.startsWith(QStringLiteral("text/"));
    auto insert = m_db.exec(
        QStringLiteral("INSERT INTO document_versions(document_id, version, blob_hash, file_name, mime_type, size, "
                       "text_status, text_note, created_at, created_by) VALUES(?,?,?,?,?,?,?,?,?,?)"),
        {document.value, version, file.hash, file.fileName, file.mimeType, file.size,
         indexable ? QStringLiteral("pending") : QStringLiteral("no_text"),
         indexable ? QVariant(QMetaType::fromType<QString>()) : QVariant(tr("This kind of file has no text to index.")),
         toStoredTimestamp(m_db.clock().nowUtc()), actor.userId.value});
    if (!insert)
        return insert.error();
    return VersionId(insert->lastInsertId().toLongLong());
}

Result<DocumentId> DocumentService::addDocument(const Actor &actor, const NewDocument &nd, const QString &path)
{
    auto file = fileOfCase(m_db, nd.caseId);
    if (!file)
        return file.error();
    if (Status s = FileService(m_db).requireChange(actor, *file, QStringLiteral("add document")); !s)
        return s.error();
    NewDocument named = nd;
    if (named.title.trimmed().isEmpty())
        named.title = QFileInfo(safeFileName(path)).completeBaseName();
    if (named.title.trimmed().size() > 500)
        return Error::invalid(tr("A document title may have at most 500 characters."));
    // The bytes go to disk before the write transaction, so that others are not kept waiting.
    auto stored = storeFile(path);
    if (!stored)
        return stored.error();
    return addStoredDocument(actor, named, *stored);
}

Result<DocumentId> DocumentService::addStoredDocument(const Actor &actor, const NewDocument &nd,
                                                      const StoredFile &stored)
{
    auto file = fileOfCase(m_db, nd.caseId);
    if (!file)
        return file.error();
    if (Status s = FileService(m_db).mayChange(actor, *file); !s)
        return s.error();
    const QString title = nd.title.trimmed().isEmpty() ? QFileInfo(stored.fileName).completeBaseName() : nd.title.trimmed();
    if (title.size() > 500)
        return Error::invalid(tr("A document title may have at most 500 characters."));
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    auto insert =
        m_db.exec(QStringLiteral("INSERT INTO documents(case_id, title, direction, document_date, sender, recipients, "
                                 "created_at, created_by) VALUES(?,?,?,?,?,?,?,?)"),
                  {nd.caseId.value, title, directionKey(nd.direction),
                   nd.documentDate.isValid() ? QVariant(nd.documentDate.toString(Qt::ISODate))
                                             : QVariant(QMetaType::fromType<QString>()),
                   nullableText(nd.sender), nullableText(nd.recipients), toStoredTimestamp(m_db.clock().nowUtc()),
                   actor.userId.value});
    if (!insert)
        return insert.error();
    const DocumentId id(insert->lastInsertId().toLongLong());
    auto version = insertVersion(actor, id, 1, stored);
    if (!version)
        return version.error();
    if (auto r = AuditLog(m_db).append(
            actor.record(QStringLiteral("document.added"), QStringLiteral("document"), QString::number(id.value),
                         QJsonObject{{QStringLiteral("file"), file->referenceNumber},
                                     {QStringLiteral("case"), QString::number(nd.caseId.value)},
                                     {QStringLiteral("title"), title},
                                     {QStringLiteral("direction"), directionKey(nd.direction)}}));
        !r)
        return r.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<VersionId> DocumentService::addVersion(const Actor &actor, DocumentId document, const QString &path,
                                              const QString &comment)
{
    auto caseId = caseOfDocument(m_db, document);
    if (!caseId)
        return caseId.error();
    auto file = fileOfCase(m_db, *caseId);
    if (!file)
        return file.error();
    if (Status s = FileService(m_db).requireChange(actor, *file, QStringLiteral("add version")); !s)
        return s.error();
    auto stored = storeFile(path);
    if (!stored)
        return stored.error();
    return addStoredVersion(actor, document, *stored, comment);
}

Result<VersionId> DocumentService::addStoredVersion(const Actor &actor, DocumentId document, const StoredFile &stored,
                                                    const QString &comment)
{
    auto caseId = caseOfDocument(m_db, document);
    if (!caseId)
        return caseId.error();
    auto file = fileOfCase(m_db, *caseId);
    if (!file)
        return file.error();
    if (Status s = FileService(m_db).mayChange(actor, *file); !s)
        return s.error();
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    auto last = m_db.scalar(QStringLiteral("SELECT max(version) FROM document_versions WHERE document_id = ?"),
                            {document.value});
    if (!last)
        return last.error();
    auto version = insertVersion(actor, document, last->toInt() + 1, stored);
    if (!version)
        return version.error();
    if (auto r = AuditLog(m_db).append(actor.record(
            QStringLiteral("document.version_added"), QStringLiteral("document"), QString::number(document.value),
            QJsonObject{{QStringLiteral("version"), last->toInt() + 1}}, comment));
        !r)
        return r.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return version;
}

Result<QList<Document>> DocumentService::documents(const Actor &actor, CaseId caseId) const
{
    auto file = fileOfCase(m_db, caseId);
    if (!file)
        return file.error();
    if (auto f = FileService(m_db).file(actor, file->id); !f)
        return f.error();
    auto q = m_db.exec(kDocumentSelect + QStringLiteral("WHERE d.case_id = ? ORDER BY d.id"), {caseId.value});
    if (!q)
        return q.error();
    QList<Document> result;
    while (q->next())
        result << readDocument(*q);
    return result;
}

Result<QList<Document>> DocumentService::loadDocuments(const QList<DocumentId> &ids) const
{
    return loadByIds<Document>(ids, QStringLiteral("d.id"),
                               [this](const QString &condition, const QVariantList &params) -> Result<QList<Document>> {
                                   auto q = m_db.exec(kDocumentSelect + condition, params);
                                   if (!q)
                                       return q.error();
                                   QList<Document> documents;
                                   while (q->next())
                                       documents << readDocument(*q);
                                   return documents;
                               });
}

Result<Document> DocumentService::document(const Actor &actor, DocumentId id) const
{
    auto caseId = caseOfDocument(m_db, id);
    if (!caseId)
        return caseId.error();
    auto file = fileOfCase(m_db, *caseId);
    if (!file)
        return file.error();
    if (auto f = FileService(m_db).file(actor, file->id); !f)
        return f.error();
    auto q = m_db.exec(kDocumentSelect + QStringLiteral("WHERE d.id = ?"), {id.value});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(tr("There is no document number %1.").arg(id.value));
    return readDocument(*q);
}

Result<QList<DocumentVersion>> DocumentService::versions(const Actor &actor, DocumentId id) const
{
    if (auto d = document(actor, id); !d)
        return d.error();
    auto q = m_db.exec(
        QStringLiteral(
            "SELECT v.id, v.version, v.blob_hash, v.file_name, v.mime_type, v.size, v.page_count, v.text_status, "
            "v.text_note, v.created_at, u.display_name FROM document_versions v JOIN users u ON u.id = v.created_by "
            "WHERE v.document_id = ? ORDER BY v.version"),
        {id.value});
    if (!q)
        return q.error();
    QList<DocumentVersion> result;
    while (q->next())
        result << readVersion(*q, 0);
    return result;
}

Result<QString> DocumentService::versionPath(const Actor &actor, VersionId version) const
{
    auto q =
        m_db.exec(QStringLiteral("SELECT document_id, blob_hash FROM document_versions WHERE id = ?"), {version.value});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(tr("There is no document version number %1.").arg(version.value));
    const DocumentId documentId(q->value(0).toLongLong());
    const QString hash = q->value(1).toString();
    q->finish();
    if (auto d = document(actor, documentId); !d)
        return d.error();
    return BlobStore(m_db).pathFor(hash);
}

Result<QStringList> DocumentService::pageTexts(const Actor &actor, VersionId version) const
{
    if (auto path = versionPath(actor, version); !path)
        return path.error();
    auto q = m_db.exec(
        QStringLiteral("SELECT page, body FROM document_text WHERE version_id = ? AND page > 0 ORDER BY page"),
        {version.value});
    if (!q)
        return q.error();
    QStringList pages;
    while (q->next()) {
        const int page = q->value(0).toInt();
        while (pages.size() < page - 1)
            pages << QString();
        pages << q->value(1).toString();
    }
    return pages;
}

Result<qint64> DocumentService::addNote(const Actor &actor, const QString &objectType, qint64 objectId,
                                        const QString &text)
{
    auto file = fileOfNoteObject(m_db, objectType, objectId);
    if (!file)
        return file.error();
    if (Status s = FileService(m_db).requireChange(actor, *file, QStringLiteral("add note")); !s)
        return s.error();
    const QString body = text.trimmed();
    if (body.isEmpty() || body.size() > 20000)
        return Error::invalid(tr("A note needs 1 to 20,000 characters."));
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    auto insert = m_db.exec(
        QStringLiteral("INSERT INTO notes(object_type, object_id, text, created_at, created_by) VALUES(?,?,?,?,?)"),
        {objectType, objectId, body, toStoredTimestamp(m_db.clock().nowUtc()), actor.userId.value});
    if (!insert)
        return insert.error();
    const qint64 id = insert->lastInsertId().toLongLong();
    // The note's text is content, not metadata: the trail records that it was written, not what.
    if (auto r = AuditLog(m_db).append(actor.record(QStringLiteral("note.added"), objectType, QString::number(objectId),
                                                    QJsonObject{{QStringLiteral("note"), id}}));
        !r)
        return r.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<QList<Note>> DocumentService::notes(const Actor &actor, const QString &objectType, qint64 objectId) const
{
    auto file = fileOfNoteObject(m_db, objectType, objectId);
    if (!file)
        return file.error();
    if (auto f = FileService(m_db).file(actor, file->id); !f)
        return f.error();
    auto q = m_db.exec(
        QStringLiteral(
            "SELECT n.id, n.text, u.display_name, n.created_at FROM notes n JOIN users u ON u.id = n.created_by "
            "WHERE n.object_type = ? AND n.object_id = ? ORDER BY n.id"),
        {objectType, objectId});
    if (!q)
        return q.error();
    QList<Note> result;
    while (q->next())
        result << Note{q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(),
                       fromStoredTimestamp(q->value(3).toString())};
    return result;
}

QString DocumentService::unusedPath(const QString &folder, const QString &name)
{
    const QDir dir(folder);
    const QFileInfo info(name);
    QString target = dir.filePath(name);
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = dir.filePath(QStringLiteral("%1 (%2)%3")
                                  .arg(info.completeBaseName())
                                  .arg(n)
                                  .arg(info.suffix().isEmpty() ? QString() : QLatin1Char('.') + info.suffix()));
    return target;
}

} // namespace amtsdesk
