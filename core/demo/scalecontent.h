#pragma once

#include "common/result.h"
#include "efile/efiletypes.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QRandomGenerator>
#include <QStringList>

#include <memory>
#include <optional>

namespace amtsdesk {

class Vocabulary;

// The shape of the generated records, decided from the seed alone before any text is written:
// which file plan unit each file is under and how many documents each of its cases holds.
// Files are numbered in the order they are opened over the ten years.
struct ScaleFileShape {
    int unit = 0;                // into ScaleCatalogue::units()
    QList<int> caseDocuments;    // documents per case
    int firstCase = 0;           // the number of cases in the files before this one
    qint64 firstDocument = 0;    // the number of documents in the files before this one
    int documents() const;
};

struct ScaleLayout {
    QList<ScaleFileShape> files;
    int cases = 0;
    qint64 documents = 0;
    // Shapes files until they hold exactly `documents`. From 5,000 documents on, the first
    // file's first case holds 500 documents (a case that size is measured by the benchmarks).
    static ScaleLayout make(quint64 seed, qint64 documents);
};

// The states a generated case ends in (keys of the case workflow) and the steps that get it there.
enum class ScaleCaseState { Received, InProgress, Resubmission, CoSigning, FinalSignature, Closed };

struct GeneratedVersion {
    QList<QStringList> pages; // lines per page, as set in the PDF and put into the index
    QByteArray pdf;           // dropped once written to the blob store
    QString blobHash;         // set by the generator when it writes the blob
    qint64 size = 0;
};

struct GeneratedDocument {
    QString title;
    QString fileName;
    QString sender;
    QString recipients;
    Direction direction = Direction::Incoming;
    QDateTime at; // when it came in (UTC)
    GeneratedVersion first;
    std::optional<GeneratedVersion> second; // a corrected version, a day or more later
    QDateTime secondAt;
    QString note; // a note on the document, or empty
};

struct GeneratedCase {
    QString subject;
    QDateTime openedAt;
    ScaleCaseState state = ScaleCaseState::Received;
    bool viaCoSigning = false; // closed by co-signing and final signature, not by the clerk alone
    bool returnedOnce = false; // sent back once from co-signing, with a comment
    QList<GeneratedDocument> documents;
    QDateTime lastActivity; // the steps are taken from here on
    QString note;
    QDate resubmissionDate; // a Wiedervorlage for the clerk, or null
    QString resubmissionReason;
};

struct GeneratedFile {
    int index = 0;
    int unit = 0;
    QString subject;
    Confidentiality confidentiality = Confidentiality::Open;
    QDateTime openedAt;
    QList<GeneratedCase> cases;
    QDateTime closedAt; // invalid: stays open
    int documents() const;
};

// An e-invoice a supplier sends the district: XRechnung in UBL or CII, about one in eight
// breaking a rule (a total that does not add up, or no seller contact).
struct GeneratedInvoice {
    QString fileName;
    QByteArray xml;
    bool broken = false;
};

// Writes the content of the generated files: subjects, letters with German text from the
// vocabulary laid out as PDF pages, versions, notes, resubmissions and the states the cases
// end in. The same seed, file and end date always give the same content, whichever thread
// writes it and however often a run was interrupted.
class ScaleContent {
public:
    ScaleContent(std::shared_ptr<const Vocabulary> vocabulary, quint64 seed, QDate until);

    // The file of the layout with that index, complete with its PDFs.
    GeneratedFile file(const ScaleLayout &layout, int index) const;
    // Invoice number k (0, 1, …), received on the day.
    Result<GeneratedInvoice> invoice(qint64 k, QDate received) const;
    // The generator for one purpose and number: the same each time it is asked.
    QRandomGenerator random(quint32 stream, quint64 number) const;
    QDateTime start() const { return m_start; }
    QDateTime end() const { return m_end; }

private:
    GeneratedVersion letter(QRandomGenerator &random, const GeneratedDocument &document, const QString &subject,
                            int pages, bool dense) const;
    GeneratedDocument document(QRandomGenerator &random, const GeneratedFile &file, const GeneratedCase &c,
                               QDateTime at) const;
    QString fillIn(QRandomGenerator &random, const char *pattern, QDate date) const;
    QString person(QRandomGenerator &random) const;

    std::shared_ptr<const Vocabulary> m_vocabulary;
    quint64 m_seed;
    QDate m_until;
    QDateTime m_start;
    QDateTime m_end;
};

} // namespace amtsdesk
