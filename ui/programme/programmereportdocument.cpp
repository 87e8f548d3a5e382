// The status report as HTML and as an A4 PDF. The PDF is the same content laid out by
// QTextDocument and painted page by page, so that every page carries a footer.
#include "programme/programmereportdocument.h"

#include "programme/reportcontent.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>

namespace amtsdesk::ui {

namespace {

constexpr int kResolution = 300;   // dots per inch of the PDF's coordinates
constexpr double kMarginMm = 18.0; // on every side
constexpr double kFooterMm = 9.0;  // taken from the bottom of the text area
constexpr double kBodyPointSize = 9.5;

double mmToDots(double mm)
{
    return mm / 25.4 * kResolution;
}

} // namespace

QString ProgrammeReportDocument::html(const ProgrammeReportData &data)
{
    return ReportContent::build(data, ReportContent::Images::DataUri).html;
}

Status ProgrammeReportDocument::writeHtml(const ProgrammeReportData &data, const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return Error::io(tr("The report cannot be written to %1: %2").arg(shown, out.errorString()));
    const QByteArray bytes = html(data).toUtf8();
    if (out.write(bytes) != bytes.size()) {
        out.cancelWriting();
        return Error::io(tr("The report cannot be written to %1: %2").arg(shown, out.errorString()));
    }
    if (!out.commit())
        return Error::io(tr("The report cannot be written to %1: %2").arg(shown, out.errorString()));
    return {};
}

Status ProgrammeReportDocument::writePdf(const ProgrammeReportData &data, const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (path.isEmpty())
        return Error::invalid(tr("No file name was given for the report."));
    const ReportContent content = ReportContent::build(data, ReportContent::Images::Resources);

    // Written beside the target and renamed, so that a failed write leaves no half file.
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return Error::io(tr("The report cannot be written to %1: %2").arg(shown, out.errorString()));
    {
        QPdfWriter writer(&out);
        writer.setTitle(ReportContent::title());
        writer.setCreator(QStringLiteral("Amtsdesk"));
        writer.setResolution(kResolution);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm),
                                         QPageLayout::Millimeter));

        // The text area in the writer's dots; the painter's origin is its top left corner.
        const QRectF area(QPointF(0, 0), QSizeF(writer.width(), writer.height()));
        const double footer = mmToDots(kFooterMm);
        const QSizeF body(area.width(), area.height() - footer);

        QTextDocument document;
        document.documentLayout()->setPaintDevice(&writer);
        QFont font = document.defaultFont();
        font.setPointSizeF(kBodyPointSize);
        document.setDefaultFont(font);
        document.setDocumentMargin(0);
        document.setDefaultStyleSheet(QStringLiteral("th { background-color: #eeeeee; } "
                                                     "p.empty { color: #616161; font-style: italic; }"));
        for (const ReportContent::Chart &chart : content.charts)
            document.addResource(QTextDocument::ImageResource, QUrl(chart.url), QVariant(chart.image));
        document.setPageSize(body);
        document.setHtml(content.html);
        const int pages = std::max(1, document.pageCount());

        QPainter painter;
        if (!painter.begin(&writer)) {
            out.cancelWriting();
            return Error::io(tr("The report cannot be written to %1: the PDF could not be started.").arg(shown));
        }
        painter.setRenderHint(QPainter::Antialiasing);
        QFont footerFont = font;
        footerFont.setPointSizeF(7.5);
        const QLocale locale;
        for (int page = 0; page < pages; ++page) {
            if (page > 0 && !writer.newPage()) {
                painter.end();
                out.cancelWriting();
                return Error::io(tr("The report cannot be written to %1: page %2 could not be added.")
                                     .arg(shown, locale.toString(page + 1)));
            }
            painter.save();
            painter.setClipRect(QRectF(QPointF(0, 0), body));
            painter.translate(0, -page * body.height());
            document.drawContents(&painter, QRectF(QPointF(0, page * body.height()), body));
            painter.restore();

            const QRectF footerArea(0, area.height() - footer * 0.7, area.width(), footer * 0.7);
            painter.setPen(QPen(QColor(0x9e, 0x9e, 0x9e), mmToDots(0.2)));
            painter.drawLine(footerArea.topLeft(), footerArea.topRight());
            painter.setPen(QColor(0x42, 0x42, 0x42));
            painter.setFont(footerFont);
            const QString pageText = tr("Page %1 of %2").arg(locale.toString(page + 1), locale.toString(pages));
            painter.drawText(footerArea, Qt::AlignLeft | Qt::AlignVCenter, pageText);
            const QString right =
                data.date.isValid()
                    ? tr("%1, %2").arg(ReportContent::title(), locale.toString(data.date, QLocale::ShortFormat))
                    : ReportContent::title();
            painter.drawText(footerArea, Qt::AlignRight | Qt::AlignVCenter, right);
        }
        if (!painter.end()) {
            out.cancelWriting();
            return Error::io(tr("The report cannot be written to %1: the PDF could not be finished.").arg(shown));
        }
    }
    if (!out.commit())
        return Error::io(tr("The report cannot be written to %1: %2").arg(shown, out.errorString()));
    return {};
}

} // namespace amtsdesk::ui
