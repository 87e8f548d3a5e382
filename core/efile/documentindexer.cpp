#include "efile/documentindexer.h"

#include "efile/documentsearch.h"
#include "pdf/workerclient.h"
#include "store/blobstore.h"
#include "store/database.h"

#include <QFile>
#include <QStringDecoder>

namespace amtsdesk {

DocumentIndexer::DocumentIndexer(Database &db, PdfWorker *worker) : m_db(db), m_worker(worker) {}

Result<IndexOutcome> DocumentIndexer::indexVersion(VersionId version, const QByteArray &password)
{
    auto q = m_db.exec(QStringLiteral("SELECT blob_hash, mime_type, file_name FROM document_versions WHERE id = ?"),
                       {version.value});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(tr("There is no document version number %1.").arg(version.value));
    const QString path = BlobStore(m_db).pathFor(q->value(0).toString());
    const QString mime = q->value(1).toString();
    const QString name = q->value(2).toString();
    q->finish();

    IndexOutcome outcome{version, QStringLiteral("indexed"), {}, 0};
    QStringList pages;
    std::optional<int> pageCount;
    // Images go to the worker too: their decoders meet hostile files as Poppler does.
    const bool image = mime.startsWith(QStringLiteral("image/"));
    if (mime == QStringLiteral("application/pdf") || image) {
        if (!m_worker)
            return Error::internal(tr("PDFs and images are read by the worker process, and none was given."));
        auto extract = m_worker->extract(path, password);
        if (!extract) {
            switch (PdfWorker::outcomeOf(extract.error())) {
            case WorkerOutcome::NeedsPassword:
                outcome.status = QStringLiteral("encrypted");
                outcome.note = tr("%1 is protected by a password: it is stored, but its text can only be searched once "
                                  "the password is given.")
                                   .arg(name);
                break;
            case WorkerOutcome::WrongPassword:
                outcome.status = QStringLiteral("encrypted");
                outcome.note = tr("The password given for %1 is wrong: it is stored without its text.").arg(name);
                break;
            case WorkerOutcome::WorkerMissing:
                return extract.error(); // the installation is broken, not the file: keep it pending
            default:
                // The worker's message names the stored copy; the person knows the file by its name.
                outcome.status = QStringLiteral("unreadable");
                outcome.note = tr("%1 is stored, but cannot be indexed or previewed: %2")
                                   .arg(name, QString(extract.error().message).replace(path, name));
                break;
            }
        } else {
            pages = extract->text;
            pageCount = extract->pages;
            outcome.pages = extract->pages;
            bool anyText = false;
            for (const QString &page : std::as_const(pages))
                anyText = anyText || !page.trimmed().isEmpty();
            if (image) {
                outcome.status = QStringLiteral("no_text");
                outcome.note = tr("%1 is an image: it can be previewed, not searched (Amtsdesk does not recognise text "
                                  "in images).")
                                   .arg(name);
            } else if (!anyText) {
                outcome.status = QStringLiteral("no_text");
                outcome.note =
                    tr("%1 has no text layer (a scan?): it can be read and previewed, not searched.").arg(name);
            } else if (extract->textCut) {
                outcome.note = tr("%1 has more text than Amtsdesk indexes; the rest is not searchable.").arg(name);
            }
        }
    } else if (mime.startsWith(QStringLiteral("text/"))) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            outcome.status = QStringLiteral("unreadable");
            outcome.note = tr("The stored file of %1 cannot be read: %2").arg(name, file.errorString());
        } else {
            const QByteArray bytes = file.read(kMaxTextBytes);
            QStringDecoder utf8(QStringDecoder::Utf8);
            QString text = utf8.decode(bytes);
            if (utf8.hasError())
                text = QStringDecoder(QStringDecoder::Latin1).decode(bytes); // older German text files: Windows-1252
            pages << text;
            pageCount = 1;
            outcome.pages = 1;
            if (file.size() > kMaxTextBytes)
                outcome.note = tr("%1 is larger than 20 MB; only its beginning is searchable.").arg(name);
        }
    } else {
        outcome.status = QStringLiteral("no_text");
        outcome.note = tr("This kind of file has no text to index.");
    }
    if (Status s = DocumentIndex(m_db).store(version, pages, pageCount, outcome.status, outcome.note); !s)
        return s.error();
    return outcome;
}

Result<QList<IndexOutcome>> DocumentIndexer::indexPending(const std::function<bool(int, int)> &progress)
{
    auto pending = DocumentIndex(m_db).pending(100000);
    if (!pending)
        return pending.error();
    QList<IndexOutcome> outcomes;
    for (int i = 0; i < pending->size(); ++i) {
        if (progress && !progress(i, int(pending->size())))
            break;
        auto outcome = indexVersion(pending->at(i));
        if (!outcome)
            return outcome.error();
        outcomes << *outcome;
    }
    if (progress)
        progress(int(outcomes.size()), int(pending->size()));
    return outcomes;
}

} // namespace amtsdesk
