#include "demo/scalecontent.h"

#include "demo/demoinvoices.h"
#include "demo/demoletter.h"
#include "demo/scalecatalogue.h"
#include "demo/vocabulary.h"

#include <cmath>
#include <random>

namespace amtsdesk {

namespace {

// Streams of random numbers, one per purpose, so that the layout and the text never disturb
// each other (a change in how letters are written leaves the layout of the files as it was).
enum Stream : quint32 { LayoutStream = 1, ContentStream = 2, InvoiceStream = 3 };

constexpr int kBigCaseDocuments = 500;
constexpr qint64 kBigCaseFrom = 5000;
constexpr int kRecentDays = 150; // cases active within this many days of the end are still open

QString pick(QRandomGenerator &random, const QList<const char *> &list)
{
    return QString::fromUtf8(list.at(int(random.bounded(quint32(list.size())))));
}

int documentsOfCase(QRandomGenerator &random)
{
    if (random.generateDouble() < 0.015)
        return 50 + int(random.bounded(250u)); // a long-running procedure
    return std::min(60, 1 + int(-std::log(1.0 - random.generateDouble()) * 6.0));
}

int casesOfFile(QRandomGenerator &random)
{
    const double r = random.generateDouble();
    return r < 0.45 ? 1 : r < 0.70 ? 2 : r < 0.85 ? 3 : 4 + int(random.bounded(5u));
}

QString capitalised(QString word)
{
    if (!word.isEmpty())
        word[0] = word.at(0).toUpper();
    return word;
}

bool isOutgoing(const QString &kind)
{
    static const QStringList marks = {QStringLiteral("Bescheid"),  QStringLiteral("Anordnung"),
                                      QStringLiteral("Anhörung"),  QStringLiteral("Nachforderung"),
                                      QStringLiteral("Genehmigung"), QStringLiteral("Erlaubnis"),
                                      QStringLiteral("Zuschlag"),  QStringLiteral("Absage"),
                                      QStringLiteral("Aufforderung"), QStringLiteral("Eingangsbestätigung"),
                                      QStringLiteral("Vorbescheid"), QStringLiteral("Festsetzung"),
                                      QStringLiteral("Prüfauftrag"), QStringLiteral("Mahnung")};
    for (const QString &m : marks) {
        if (kind.contains(m))
            return true;
    }
    return false;
}

bool isInternal(const QString &kind)
{
    return kind.startsWith(QStringLiteral("Vermerk")) || kind.startsWith(QStringLiteral("Protokoll")) ||
           kind.startsWith(QStringLiteral("Entwurf")) || kind.startsWith(QStringLiteral("Beschlussvorlage"));
}

QDateTime clampTo(const QDateTime &at, const QDateTime &end)
{
    return at < end ? at : end;
}

} // namespace

int ScaleFileShape::documents() const
{
    int n = 0;
    for (int d : caseDocuments)
        n += d;
    return n;
}

int GeneratedFile::documents() const
{
    int n = 0;
    for (const GeneratedCase &c : cases)
        n += int(c.documents.size());
    return n;
}

ScaleLayout ScaleLayout::make(quint64 seed, qint64 documents)
{
    ScaleLayout layout;
    const QList<ScalePlanUnit> &units = ScaleCatalogue::units();
    int totalWeight = 0;
    for (const ScalePlanUnit &u : units)
        totalWeight += u.weight;
    for (int i = 0; layout.documents < documents; ++i) {
        std::seed_seq sequence{quint32(seed), quint32(seed >> 32), quint32(LayoutStream), quint32(i)};
        QRandomGenerator random(sequence);
        ScaleFileShape shape;
        int w = int(random.bounded(quint32(totalWeight)));
        for (int u = 0; u < units.size(); ++u) {
            w -= units.at(u).weight;
            if (w < 0) {
                shape.unit = u;
                break;
            }
        }
        const int cases = casesOfFile(random);
        for (int c = 0; c < cases && layout.documents < documents; ++c) {
            int n = documentsOfCase(random);
            if (i == 0 && c == 0 && documents >= kBigCaseFrom) {
                n = kBigCaseDocuments;
                for (int u = 0; u < units.size(); ++u) {
                    if (QByteArray(units.at(u).key) == "6.1")
                        shape.unit = u; // a building permit procedure, as they grow that large
                }
            }
            n = int(std::min<qint64>(n, documents - layout.documents));
            shape.caseDocuments << n;
            layout.documents += n;
        }
        shape.firstCase = layout.cases;
        shape.firstDocument = layout.documents - shape.documents();
        layout.cases += int(shape.caseDocuments.size());
        layout.files << shape;
    }
    return layout;
}

ScaleContent::ScaleContent(std::shared_ptr<const Vocabulary> vocabulary, quint64 seed, QDate until)
    : m_vocabulary(std::move(vocabulary)), m_seed(seed), m_until(until),
      m_start(QDateTime(until.addYears(-10), QTime(0, 0), Qt::UTC)), m_end(QDateTime(until, QTime(16, 0), Qt::UTC))
{
}

QRandomGenerator ScaleContent::random(quint32 stream, quint64 number) const
{
    std::seed_seq sequence{quint32(m_seed), quint32(m_seed >> 32), stream, quint32(number), quint32(number >> 32)};
    return QRandomGenerator(sequence);
}

QString ScaleContent::person(QRandomGenerator &random) const
{
    return pick(random, ScaleCatalogue::firstNames()) + QLatin1Char(' ') + pick(random, ScaleCatalogue::lastNames());
}

QString ScaleContent::fillIn(QRandomGenerator &random, const char *pattern, QDate date) const
{
    QString text = QString::fromUtf8(pattern);
    if (text.contains(QStringLiteral("{name}")))
        text.replace(QStringLiteral("{name}"), person(random));
    if (text.contains(QStringLiteral("{street}")))
        text.replace(QStringLiteral("{street}"), pick(random, ScaleCatalogue::streets()) + QLatin1Char(' ') +
                                                     QString::number(1 + random.bounded(80u)));
    if (text.contains(QStringLiteral("{place}")))
        text.replace(QStringLiteral("{place}"), pick(random, ScaleCatalogue::places()));
    if (text.contains(QStringLiteral("{company}")))
        text.replace(QStringLiteral("{company}"), pick(random, ScaleCatalogue::companies()));
    text.replace(QStringLiteral("{year}"), QString::number(date.year()));
    return text;
}

GeneratedVersion ScaleContent::letter(QRandomGenerator &random, const GeneratedDocument &d, const QString &subject,
                                      int pages, bool dense) const
{
    // Lines the pages should hold: full pages, and the last one filled in part.
    const int lastPage = dense ? 20 + int(random.bounded(33u)) : 10 + int(random.bounded(43u));
    const int targetLines = (pages - 1) * kLetterLinesPerPage + lastPage;
    QStringList paragraphs{d.title,
                           d.direction == Direction::Outgoing ? QStringLiteral("Landkreis Musterfeld") : d.sender,
                           QStringLiteral("Musterfeld, %1").arg(d.at.date().toString(QStringLiteral("dd.MM.yyyy"))),
                           QStringLiteral("Betreff: %1").arg(subject), QString(),
                           QStringLiteral("Sehr geehrte Damen und Herren,")};
    int lines = 8;
    while (lines < targetLines - 4) {
        // A paragraph of sentences of 6 to 20 words; about 8 words go on a line.
        const int words = 30 + int(random.bounded(90u));
        QString paragraph;
        paragraph.reserve(words * 12);
        int sentence = 0;
        for (int w = 0; w < words; ++w) {
            if (sentence == 0) {
                sentence = 6 + int(random.bounded(15u));
                if (w > 0)
                    paragraph += QLatin1String(". ");
                paragraph += capitalised(m_vocabulary->word(random));
            } else {
                paragraph += QLatin1Char(' ');
                paragraph += m_vocabulary->word(random);
            }
            --sentence;
        }
        paragraph += QLatin1Char('.');
        lines += 1 + int(paragraph.size() / 80);
        paragraphs << paragraph;
    }
    paragraphs << QStringLiteral("Mit freundlichen Grüßen") << QString() << d.sender.section(QLatin1Char(','), 0, 0);
    GeneratedVersion version;
    version.pages = letterPages(paragraphs);
    version.pdf = letterPdf(d.title, version.pages);
    return version;
}

GeneratedDocument ScaleContent::document(QRandomGenerator &random, const GeneratedFile &file,
                                         const GeneratedCase &c, QDateTime at) const
{
    const ScalePlanUnit &unit = ScaleCatalogue::units().at(file.unit);
    GeneratedDocument d;
    d.at = at;
    const bool isLong = random.generateDouble() < 0.02;
    int pages = 1;
    if (isLong) {
        pages = int(std::lround(20.0 * std::pow(10.0, random.generateDouble()))); // 20 to 200, most near 20
        d.title = pick(random, ScaleCatalogue::longDocumentKinds());
    } else {
        const double r = random.generateDouble();
        pages = r < 0.55 ? 1 : r < 0.85 ? 2 : 3;
        d.title = pick(random, unit.documentKinds);
    }
    const QString unitName = QStringLiteral("Landkreis Musterfeld, %1").arg(QString::fromUtf8(unit.title));
    if (isOutgoing(d.title)) {
        d.direction = Direction::Outgoing;
        d.sender = unitName;
        d.recipients = person(random);
    } else if (isInternal(d.title)) {
        d.direction = Direction::Internal;
        d.sender = unitName;
    } else {
        d.direction = Direction::Incoming;
        d.sender = random.bounded(3u) == 0 ? pick(random, ScaleCatalogue::companies()) : person(random);
        d.sender += QStringLiteral(", %1 %2, 3%3 %4")
                        .arg(pick(random, ScaleCatalogue::streets()))
                        .arg(1 + random.bounded(80u))
                        .arg(1000 + random.bounded(9000u))
                        .arg(pick(random, ScaleCatalogue::places()));
        d.title += QLatin1Char(' ') + d.sender.section(QLatin1Char(','), 0, 0).section(QLatin1Char(' '), -1);
    }
    d.fileName = d.title + QStringLiteral(".pdf");
    const QString subject = file.subject + QStringLiteral(" – ") + c.subject;
    d.first = letter(random, d, subject, pages, isLong);
    if (random.generateDouble() < 0.04) {
        d.secondAt = clampTo(at.addDays(1 + random.bounded(20u)), m_end);
        d.second = letter(random, d, subject, pages, isLong);
    }
    if (random.generateDouble() < 0.03)
        d.note = pick(random, ScaleCatalogue::noteTexts());
    return d;
}

GeneratedFile ScaleContent::file(const ScaleLayout &layout, int index) const
{
    const ScaleFileShape &shape = layout.files.at(index);
    const ScalePlanUnit &unit = ScaleCatalogue::units().at(shape.unit);
    QRandomGenerator random = this->random(ContentStream, quint64(index));
    GeneratedFile f;
    f.index = index;
    f.unit = shape.unit;
    // Files open evenly over the ten years, at office hours.
    const qint64 span = m_start.secsTo(m_end) - 86400;
    const qint64 offset = qint64(double(span) * (double(index) + 0.5) / double(layout.files.size()));
    f.openedAt = m_start.addSecs(offset - offset % 86400 + 7 * 3600 + random.bounded(9 * 3600));
    f.subject = fillIn(random, unit.fileSubjects.at(int(random.bounded(quint32(unit.fileSubjects.size())))),
                       f.openedAt.date());
    f.confidentiality =
        unit.restricted || random.generateDouble() < 0.01 ? Confidentiality::Restricted : Confidentiality::Open;
    QDateTime fileLast = f.openedAt;
    for (int k = 0; k < shape.caseDocuments.size(); ++k) {
        GeneratedCase c;
        c.subject = QString::fromUtf8(unit.caseSubjects.at(k % unit.caseSubjects.size()));
        c.openedAt = clampTo(f.openedAt.addDays(k * qint64(random.bounded(40u))).addSecs(600 * k), m_end);
        const int n = shape.caseDocuments.at(k);
        const qint64 caseSpan =
            std::min<qint64>(qint64(5 + random.bounded(115u) + 2 * n) * 86400, c.openedAt.secsTo(m_end));
        for (int j = 0; j < n; ++j) {
            const QDateTime at =
                c.openedAt.addSecs(60 + (n > 1 ? caseSpan * j / (n - 1) : 0) + random.bounded(3600u));
            c.documents << document(random, f, c, clampTo(at, m_end));
        }
        c.lastActivity = clampTo((c.documents.isEmpty() ? c.openedAt : c.documents.last().at).addDays(1), m_end);
        for (const GeneratedDocument &d : std::as_const(c.documents)) {
            if (d.second && d.secondAt > c.lastActivity)
                c.lastActivity = d.secondAt;
        }
        // Where the case stands today: what is old is closed, what is recent anywhere. The last
        // six cases of the run take one state each, so that every state is there at any size.
        const int global = shape.firstCase + k;
        const int fromEnd = layout.cases - 1 - global;
        const double r = random.generateDouble();
        if (fromEnd < 6) {
            c.state = ScaleCaseState(fromEnd);
        } else if (c.lastActivity.daysTo(m_end) > kRecentDays) {
            c.state = r < 0.97 ? ScaleCaseState::Closed : ScaleCaseState::InProgress;
        } else {
            c.state = r < 0.15   ? ScaleCaseState::Received
                      : r < 0.50 ? ScaleCaseState::InProgress
                      : r < 0.65 ? ScaleCaseState::Resubmission
                      : r < 0.80 ? ScaleCaseState::CoSigning
                      : r < 0.90 ? ScaleCaseState::FinalSignature
                                 : ScaleCaseState::Closed;
        }
        c.viaCoSigning = random.generateDouble() < 0.4;
        c.returnedOnce = random.generateDouble() < 0.08;
        if (random.generateDouble() < 0.2)
            c.note = pick(random, ScaleCatalogue::noteTexts());
        if (c.state == ScaleCaseState::Resubmission) {
            c.resubmissionDate = m_until.addDays(1 + random.bounded(60u));
            c.resubmissionReason = pick(random, ScaleCatalogue::resubmissionReasons());
        } else if (c.state == ScaleCaseState::InProgress && random.generateDouble() < 0.3) {
            c.resubmissionDate = m_until.addDays(-10 + int(random.bounded(40u))); // some are overdue
            c.resubmissionReason = pick(random, ScaleCatalogue::resubmissionReasons());
        }
        if (c.lastActivity > fileLast)
            fileLast = c.lastActivity;
        f.cases << c;
    }
    bool allClosed = true;
    for (const GeneratedCase &c : std::as_const(f.cases))
        allClosed = allClosed && c.state == ScaleCaseState::Closed;
    if (allClosed && fileLast.daysTo(m_end) > 365 && random.generateDouble() < 0.8)
        f.closedAt = clampTo(fileLast.addDays(30 + random.bounded(170u)), m_end);
    return f;
}

Result<GeneratedInvoice> ScaleContent::invoice(qint64 k, QDate received) const
{
    QRandomGenerator random = this->random(InvoiceStream, quint64(k));
    const QStringList routes = DemoInvoices::leitwegIds();
    const QString leitweg = random.generateDouble() < 0.06
                                ? DemoInvoices::unknownLeitwegId()
                                : routes.at(int(random.bounded(quint32(routes.size()))));
    const int supplier = int(random.bounded(quint32(DemoInvoices::supplierCount())));
    const QDate issued = received.addDays(-int(random.bounded(8u)));
    const int skontoDays = random.bounded(4u) == 0 ? 10 + int(random.bounded(5u)) : 0;
    InvoiceDraft draft = DemoInvoices::supplierDraft(supplier, leitweg, issued, skontoDays);
    draft.syntax = random.bounded(2u) ? InvoiceSyntax::Cii : InvoiceSyntax::Ubl;
    draft.number = QStringLiteral("R-%1-%2").arg(issued.year()).arg(k + 1, 7, 10, QLatin1Char('0'));
    draft.deliveryDate = issued.addDays(-int(random.bounded(10u)));
    if (random.bounded(2u))
        draft.dueDate = issued.addDays(14 + int(random.bounded(3u)) * 8);
    const QList<ScaleInvoiceItem> &items = ScaleCatalogue::invoiceItems();
    const int lines = 1 + int(random.bounded(4u));
    for (int l = 0; l < lines; ++l) {
        const ScaleInvoiceItem &item = items.at(int(random.bounded(quint32(items.size()))));
        draft.lines << InvoiceDraftLine{{},
                                        QString::fromUtf8(item.name),
                                        Decimal::fromInt(qint64(1 + random.bounded(40u))),
                                        QString::fromLatin1(item.unit),
                                        *Decimal::parse(QString::fromLatin1(item.price)),
                                        QStringLiteral("S"),
                                        *Decimal::parse(QString::fromLatin1(item.rate))};
    }
    auto bytes = InvoiceWriter::write(draft);
    if (!bytes)
        return bytes.error();
    GeneratedInvoice invoice;
    invoice.xml = *bytes;
    invoice.fileName = draft.number + (draft.syntax == InvoiceSyntax::Cii ? QStringLiteral("_cii.xml")
                                                                          : QStringLiteral("_ubl.xml"));
    invoice.broken = k % 8 == 3; // one in eight, at any size
    if (invoice.broken) {
        QByteArray &xml = invoice.xml;
        if (draft.syntax == InvoiceSyntax::Cii && random.bounded(2u)) {
            const qsizetype from = xml.indexOf("<ram:DefinedTradeContact>");
            const qsizetype to = xml.indexOf("</ram:DefinedTradeContact>");
            if (from > 0 && to > from)
                xml.remove(from, to - from + qsizetype(qstrlen("</ram:DefinedTradeContact>")));
        } else if (draft.syntax == InvoiceSyntax::Cii) {
            xml.replace("<ram:DuePayableAmount>", "<ram:DuePayableAmount>1");
        } else {
            xml.replace("<cbc:PayableAmount currencyID=\"EUR\">", "<cbc:PayableAmount currencyID=\"EUR\">1");
        }
    }
    return invoice;
}

} // namespace amtsdesk
