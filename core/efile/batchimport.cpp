#include "efile/batchimport.h"

#include "efile/documentindexer.h"
#include "efile/documentservice.h"
#include "store/blobstore.h"
#include "store/database.h"

#include <QDir>
#include <QFileInfo>

namespace amtsdesk {

QStringList ImportSummary::describe() const
{
    QStringList lines;
    lines << BatchImport::tr("%1 added, %2 already there, %3 failed.")
                 .arg(added.size())
                 .arg(duplicates.size())
                 .arg(failed.size());
    if (cancelled)
        lines << BatchImport::tr("The import was cancelled; the files before that are stored.");
    for (const ImportItem &i : added) {
        if (!i.message.isEmpty())
            lines << BatchImport::tr("%1: added; %2").arg(QDir::toNativeSeparators(i.path), i.message);
    }
    for (const ImportItem &i : duplicates)
        lines << BatchImport::tr("%1: already in this file as document %2; not added again.")
                     .arg(QDir::toNativeSeparators(i.path))
                     .arg(i.document.value);
    for (const ImportItem &i : failed)
        lines << BatchImport::tr("%1: not added: %2").arg(QDir::toNativeSeparators(i.path), i.message);
    return lines;
}

ImportSummary BatchImport::run(const Actor &actor, CaseId caseId, const QStringList &paths, Direction direction,
                               QDate date, const QString &sender, const QByteArray &password,
                               const std::function<bool(int, int, const QString &)> &progress)
{
    ImportSummary summary;
    DocumentService documents(m_db);
    DocumentIndexer indexer(m_db, &m_worker);
    for (int i = 0; i < paths.size(); ++i) {
        const QString &path = paths.at(i);
        if (progress && !progress(i, int(paths.size()), path)) {
            summary.cancelled = true;
            break;
        }
        const QFileInfo info(path);
        if (!info.isFile()) {
            summary.failed << ImportItem{path, {}, tr("it is not a file (a folder, or it does not exist).")};
            continue;
        }
        auto hash = BlobStore::hashFile(path);
        if (!hash) {
            summary.failed << ImportItem{path, {}, hash.error().message};
            continue;
        }
        auto existing =
            m_db.scalar(QStringLiteral("SELECT d.id FROM document_versions v JOIN documents d ON d.id = v.document_id "
                                       "JOIN cases c ON c.id = d.case_id WHERE v.blob_hash = ? "
                                       "AND c.file_id = (SELECT file_id FROM cases WHERE id = ?) LIMIT 1"),
                        {*hash, caseId.value});
        if (existing && existing->isValid()) {
            summary.duplicates << ImportItem{path, DocumentId(existing->toLongLong()), {}};
            continue;
        }
        auto id = documents.addDocument(actor, NewDocument{caseId, {}, direction, date, sender, {}}, path);
        if (!id) {
            summary.failed << ImportItem{path, {}, id.error().message};
            if (id.error().code == ErrorCode::PermissionDenied || id.error().code == ErrorCode::NotFound)
                break; // the same for every other file
            continue;
        }
        ImportItem item{path, *id, {}};
        auto doc = documents.document(actor, *id);
        auto outcome = doc ? indexer.indexVersion(doc->current.id, password) : Result<IndexOutcome>(doc.error());
        if (!outcome)
            item.message = tr("its text could not be read now: %1").arg(outcome.error().message);
        else
            item.message = outcome->note;
        summary.added << item;
    }
    if (progress && !summary.cancelled)
        progress(int(paths.size()), int(paths.size()), {});
    return summary;
}

} // namespace amtsdesk
