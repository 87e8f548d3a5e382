#pragma once

#include "access/actor.h"
#include "efile/efiletypes.h"

#include <QCoreApplication>

namespace amtsdesk {

class Database;

// One document found: where it is filed, the page of the best hit (0 when the hit is in its
// metadata) and a snippet whose hits are marked with kHitStart and kHitEnd.
struct SearchHit {
    DocumentId document;
    VersionId version;
    CaseId caseId;
    FileId file;
    QString referenceNumber;
    int caseNumber = 0;
    QString title;
    QString fileSubject;
    QDate documentDate;
    QString mimeType;
    Confidentiality confidentiality = Confidentiality::Open; // of the file
    int page = 0;
    QString snippet;
    double score = 0; // amtsdesk_rank (searchrank.h): smaller is better
};

// Full-text search over the documents a person may read (a hit shows text, so a hit in a
// VS-NfD file is audited as a view of that file): the clerk's search syntax
// (SearchQuery), the German tokenizer, ranking by amtsdesk_rank with hits in the metadata
// (title, sender, file) counting four times, one hit per document, and filters: akte: oe:
// plan: von: bis: typ: status:.
class DocumentSearch {
    Q_DECLARE_TR_FUNCTIONS(DocumentSearch)

public:
    static constexpr QChar kHitStart = QChar(0x2);
    static constexpr QChar kHitEnd = QChar(0x3);
    // A search matching more pages than this ranks the newest this many of them.
    static constexpr int kRankWindow = 20000;

    explicit DocumentSearch(Database &db, int rankWindow = kRankWindow) : m_db(db), m_rankWindow(rankWindow) {}
    static QStringList filterKeys();
    Result<QList<SearchHit>> search(const Actor &actor, const QString &text, int limit = 50) const;

private:
    Status auditRestrictedHits(const Actor &actor, const QList<SearchHit> &hits) const;

    Database &m_db;
    int m_rankWindow;
};

// Puts a version's text into the index (replacing the document's previous version there) and
// records its text status; called by the indexer once the text is read.
class DocumentIndex {
    Q_DECLARE_TR_FUNCTIONS(DocumentIndex)

public:
    explicit DocumentIndex(Database &db) : m_db(db) {}
    // pages: the text of each page (empty for files without text); status: indexed, no_text,
    // encrypted or unreadable; note: why there is no text, in words.
    Status store(VersionId version, const QStringList &pages, std::optional<int> pageCount, const QString &status,
                 const QString &note = {});
    // Versions whose text has not been read yet, oldest first.
    Result<QList<VersionId>> pending(int limit = 1000) const;

private:
    Database &m_db;
};

} // namespace amtsdesk
