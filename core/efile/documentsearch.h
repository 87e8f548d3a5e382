#pragma once

#include "access/actor.h"
#include "efile/efiletypes.h"

#include <QCoreApplication>

#include <functional>

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
    int page = 0;
    Confidentiality confidentiality = Confidentiality::Open; // of the file
    QString snippet;
    double score = 0; // amtsdesk_rank (searchrank.h): smaller is better
};

// What a search asks of the full-text index and of the tables (DocumentSearch::plan).
struct SearchPlan {
    QString match;        // FTS5 expression: the words in the title and text columns, and the tags
    QString words;        // the words alone, in the title and text columns (for snippets)
    int phrases = 0;      // the words' phrases, which the ranking counts (amtsdesk_rank's last argument)
    QString where;        // exact conditions ("AND ...") on the tables joined to each page found
    QVariantList params;  // their values
    bool nothing = false; // the person may read nothing that the filters allow
};

// Full-text search over the documents a person may read: the clerk's search syntax
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
    // A filter naming at most this many files or cases (akte:, plan:, status:) is asked of the
    // index by their tags; one naming more is checked page by page.
    static constexpr int kMaxTaggedIds = 256;

    explicit DocumentSearch(Database &db, int rankWindow = kRankWindow) : m_db(db), m_rankWindow(rankWindow) {}
    static QStringList filterKeys();
    Result<QList<SearchHit>> search(const Actor &actor, const QString &text, int limit = 50) const;
    // The queries a search runs: the index's by the words and what the person may read and the
    // filters allow (as tags), and the exact conditions each page found is checked against.
    Result<SearchPlan> plan(const Actor &actor, const QString &text) const;

private:
    struct Found;
    Result<Found> find(const SearchPlan &plan, int limit) const;
    // Every view of a VS-NfD file is audited: a hit shows its title and a snippet of its text.
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
    // The same for many versions in one transaction, the way of a bulk writer (the generator).
    // FTS5 writes the text it holds to a new segment of the index at every savepoint, so text
    // stored version by version inside a larger transaction makes a segment per document, and
    // merging those took most of the generator's time; here the text goes in together.
    struct Text {
        VersionId version;
        QStringList pages;
        std::optional<int> pageCount;
        QString status;
        QString note;
    };
    Status storeAll(const QList<Text> &texts);
    // Versions whose text has not been read yet, oldest first.
    Result<QList<VersionId>> pending(int limit = 1000) const;
    // Merges the index's segments into one. Each transaction that writes text adds a segment,
    // and FTS5 merges them only four of a level at a time, so a bulk import leaves many (20
    // after 100,000 generated documents); a prefix or phrase query reads each segment on its
    // own, and on the merged index takes half the time (tests/bench/RESULTS.md). Works in steps
    // of one short transaction each, so other connections read and write between them; goOn is
    // asked after each step that merged something and stops the merge (the index stays whole
    // either way) when it says false. Returns how many steps merged something.
    Result<int> mergeSegments(const std::function<bool(int steps)> &goOn = {});

private:
    Status write(const Text &text); // queues the pages in temp.text_to_index, inside storeAll
    Database &m_db;
};

} // namespace amtsdesk
