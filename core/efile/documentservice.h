#pragma once

#include "access/actor.h"
#include "common/result.h"
#include "efile/efiletypes.h"

#include <QCoreApplication>
#include <QList>

namespace amtsdesk {

class Database;

struct NewDocument {
    CaseId caseId;
    QString title;                 // empty: the file name without its extension
    Direction direction = Direction::Incoming;
    QDate documentDate;
    QString sender;
    QString recipients;
};

// A file's bytes in the blob store already, with the name and type it came with.
struct StoredFile {
    QString hash;
    qint64 size = 0;
    QString fileName;
    QString mimeType;
};

struct Note {
    qint64 id = 0;
    QString text;
    QString author;
    QDateTime createdAt;
};

// Documents in cases, their versions (each one immutable blob) and notes. The bytes are
// stored as they came; reading them is the job of the indexer and the PDF worker.
class DocumentService {
    Q_DECLARE_TR_FUNCTIONS(DocumentService)

public:
    static constexpr qint64 kMaxDocumentBytes = qint64(2) << 30; // 2 GiB

    explicit DocumentService(Database &db) : m_db(db) {}

    // Stores the file at path as the first version of a new document.
    Result<DocumentId> addDocument(const Actor &actor, const NewDocument &document, const QString &path);
    // Stores the file at path as the next version of the document.
    Result<VersionId> addVersion(const Actor &actor, DocumentId document, const QString &path, const QString &comment = {});
    // The same for bytes a writer of many documents put into the blob store itself (the scale
    // generator, which syncs the blobs of a whole batch at once); the blob must be durable.
    Result<DocumentId> addStoredDocument(const Actor &actor, const NewDocument &document, const StoredFile &file);
    Result<VersionId> addStoredVersion(const Actor &actor, DocumentId document, const StoredFile &file,
                                       const QString &comment = {});
    Result<QList<Document>> documents(const Actor &actor, CaseId caseId) const;
    Result<Document> document(const Actor &actor, DocumentId id) const;
    // The documents without any permission check, in no particular order: for lists that checked.
    Result<QList<Document>> loadDocuments(const QList<DocumentId> &ids) const;
    Result<QList<DocumentVersion>> versions(const Actor &actor, DocumentId id) const;
    // The stored file of a version, for preview and export; a VS-NfD view is audited.
    Result<QString> versionPath(const Actor &actor, VersionId version) const;

    // The indexed text of a version, one entry per page (empty when it has no text).
    Result<QStringList> pageTexts(const Actor &actor, VersionId version) const;

    Result<qint64> addNote(const Actor &actor, const QString &objectType, qint64 objectId, const QString &text);
    Result<QList<Note>> notes(const Actor &actor, const QString &objectType, qint64 objectId) const;

    // A file name fit to show and to export: no folders, no control characters, no leading dots,
    // at most 120 characters; never used to read or write the store.
    static QString safeFileName(const QString &name);
    // A path for name in folder that does not exist yet: "name (2).ext", "name (3).ext"… where
    // it does; for writing next to files that must never be overwritten.
    static QString unusedPath(const QString &folder, const QString &name);
    static QString mimeTypeOf(const QString &path);

private:
    // Writes the bytes to the blob store (outside any transaction).
    Result<StoredFile> storeFile(const QString &path);
    // Inside the caller's transaction: references the blob and records the version.
    Result<VersionId> insertVersion(const Actor &actor, DocumentId document, int version, const StoredFile &file);

    Database &m_db;
};

} // namespace amtsdesk
