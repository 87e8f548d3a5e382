#include "preview/pdfview.h"

#include "preview/renderservice.h"
#include "search/germantokenizer.h"
#include "search/searchquery.h"

#include <QDir>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>

#include <cmath>

namespace amtsdesk::ui {

namespace {
constexpr int kGap = 12;                         // logical pixels between pages
constexpr int kCacheKilobytes = 256 * 1024;      // drawn pages kept: about 30 A4 pages at 150 dpi on a 2x screen
const QSizeF kA4Points(595.0, 842.0);            // until the first page tells its real size
constexpr double kPointsToPixels = 96.0 / 72.0;  // 100 %: a page at its printed size on a 96 dpi screen
} // namespace

PdfView::PdfView(QWidget *parent) : QAbstractScrollArea(parent), m_service(new RenderService(this)), m_cache(kCacheKilobytes)
{
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setBackgroundRole(QPalette::Dark);
    viewport()->setAutoFillBackground(true);
    verticalScrollBar()->setSingleStep(40);
    connect(m_service, &RenderService::rendered, this, [this](int generation, int page, double dpi, int rotation, const QImage &image) {
        if (generation != m_generation)
            return;
        const QString key = QStringLiteral("%1/%2/%3").arg(page).arg(dpi, 0, 'f', 2).arg(rotation);
        m_pending.remove(key);
        const bool sideways = rotation % 180 != 0;
        const QSizeF points((sideways ? image.height() : image.width()) * 72.0 / dpi, (sideways ? image.width() : image.height()) * 72.0 / dpi);
        const QSizeF known = m_pageSizes.value(page);
        const bool resized = !m_pageSizes.contains(page) || std::abs(known.width() - points.width()) + std::abs(known.height() - points.height()) > 1.0;
        m_pageSizes.insert(page, points);
        auto *copy = new QImage(image);
        copy->setDevicePixelRatio(devicePixelRatioF());
        m_cache.insert(key, copy, std::max<qsizetype>(1, image.sizeInBytes() / 1024));
        if (resized) {
            applyFit();
            relayout();
        }
        viewport()->update();
        emit pageRendered(page);
    });
    connect(m_service, &RenderService::wordsReady, this, [this](int generation, int page, const QList<PdfWord> &words) {
        if (generation != m_generation)
            return;
        ParsedQuery query;
        query.terms = m_terms;
        QList<QRectF> hits;
        for (const PdfWord &w : words) {
            const QStringList tokens = germanTokens(w.text);
            for (const QString &token : tokens) {
                if (query.matches(token)) {
                    hits << w.box;
                    break;
                }
            }
        }
        m_hits.insert(page, hits);
        viewport()->update();
        emit highlightsReady(page, int(hits.size()));
    });
    connect(m_service, &RenderService::failed, this, [this](int generation, int page, const QString &message) {
        if (generation != m_generation)
            return;
        m_pending.remove(cacheKey(page));
        m_problem =
            m_shownName.isEmpty() ? message : QString(message).replace(QDir::toNativeSeparators(m_path), m_shownName);
        viewport()->update();
        emit renderFailed(page, m_problem);
    });
}

PdfView::~PdfView() = default;

void PdfView::setDocument(const QString &path, int pageCount, const QByteArray &password)
{
    m_path = path;
    m_password = password;
    m_pageCount = std::max(0, pageCount);
    m_pageSizes.clear();
    m_problem.clear();
    restart();
    applyFit();
    relayout();
    verticalScrollBar()->setValue(0);
    viewport()->update();
}

void PdfView::restart()
{
    m_generation = m_service->nextGeneration();
    m_pending.clear();
    m_wordsRequested.clear();
}

void PdfView::setHighlightTerms(const QStringList &terms)
{
    m_terms = terms;
    m_hits.clear();
    m_wordsRequested.clear();
    viewport()->update();
}

QRectF PdfView::toPixels(int page, const QRectF &r) const
{
    const QSizeF size = pageSizePoints(page);
    QRectF rotated;
    switch (m_rotation) {
    case 90: rotated = QRectF(size.height() - r.bottom(), r.x(), r.height(), r.width()); break;
    case 180: rotated = QRectF(size.width() - r.right(), size.height() - r.bottom(), r.width(), r.height()); break;
    case 270: rotated = QRectF(r.y(), size.width() - r.right(), r.height(), r.width()); break;
    default: rotated = r;
    }
    const double scale = kPointsToPixels * m_zoom;
    return QRectF(rotated.x() * scale, rotated.y() * scale, rotated.width() * scale, rotated.height() * scale);
}

QSizeF PdfView::pageSizePoints(int page) const
{
    if (m_pageSizes.contains(page))
        return m_pageSizes.value(page);
    return m_pageSizes.isEmpty() ? kA4Points : m_pageSizes.begin().value();
}

QSize PdfView::pageSizePixels(int page) const
{
    QSizeF s = pageSizePoints(page) * kPointsToPixels * m_zoom;
    if (m_rotation % 180 != 0)
        s.transpose();
    return s.toSize();
}

int PdfView::pageTop(int page) const
{
    int y = kGap;
    for (int p = 1; p < page; ++p)
        y += pageSizePixels(p).height() + kGap;
    return y;
}

double PdfView::renderDpi() const
{
    // Rounded so that nearby zoom steps share the cache.
    return std::round(72.0 * kPointsToPixels * m_zoom * devicePixelRatioF() * 4.0) / 4.0;
}

QString PdfView::cacheKey(int page) const
{
    return QStringLiteral("%1/%2/%3").arg(page).arg(renderDpi(), 0, 'f', 2).arg(m_rotation);
}

void PdfView::relayout()
{
    int height = kGap;
    int width = 0;
    for (int p = 1; p <= m_pageCount; ++p) {
        const QSize s = pageSizePixels(p);
        height += s.height() + kGap;
        width = std::max(width, s.width());
    }
    verticalScrollBar()->setRange(0, std::max(0, height - viewport()->height()));
    verticalScrollBar()->setPageStep(viewport()->height());
    horizontalScrollBar()->setRange(0, std::max(0, width + 2 * kGap - viewport()->width()));
    horizontalScrollBar()->setPageStep(viewport()->width());
}

void PdfView::applyFit()
{
    if (m_fit == Fit::None || m_pageCount == 0)
        return;
    QSizeF page = pageSizePoints(std::max(1, currentPage())) * kPointsToPixels;
    if (m_rotation % 180 != 0)
        page.transpose();
    const double byWidth = (viewport()->width() - 2.0 * kGap) / page.width();
    const double byPage = std::min(byWidth, (viewport()->height() - 2.0 * kGap) / page.height());
    const double zoom = std::clamp(m_fit == Fit::Width ? byWidth : byPage, 0.1, 8.0);
    if (std::abs(zoom - m_zoom) > 0.001) {
        m_zoom = zoom;
        restart();
        emit zoomChanged(m_zoom);
    }
}

void PdfView::setZoom(double zoom)
{
    const int page = currentPage();
    m_fit = Fit::None;
    m_zoom = std::clamp(zoom, 0.1, 8.0);
    restart();
    relayout();
    goToPage(page);
    emit zoomChanged(m_zoom);
}

void PdfView::setFit(Fit fit)
{
    const int page = currentPage();
    m_fit = fit;
    applyFit();
    relayout();
    goToPage(page);
}

void PdfView::rotate(int degrees)
{
    const int page = currentPage();
    m_rotation = ((m_rotation + degrees) % 360 + 360) % 360;
    restart();
    applyFit();
    relayout();
    goToPage(page);
}

int PdfView::currentPage() const
{
    if (m_pageCount == 0)
        return 0;
    const int middle = verticalScrollBar()->value() + viewport()->height() / 2;
    int y = kGap;
    for (int p = 1; p <= m_pageCount; ++p) {
        y += pageSizePixels(p).height() + kGap;
        if (y >= middle)
            return p;
    }
    return m_pageCount;
}

void PdfView::goToPage(int page)
{
    if (m_pageCount == 0)
        return;
    page = std::clamp(page, 1, m_pageCount);
    verticalScrollBar()->setValue(pageTop(page) - kGap);
    viewport()->update();
}

int PdfView::renderedPages() const
{
    int count = 0;
    for (int p = 1; p <= m_pageCount; ++p)
        count += m_cache.contains(cacheKey(p)) ? 1 : 0;
    return count;
}

void PdfView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    if (m_pageCount == 0 || m_path.isEmpty()) {
        painter.setPen(palette().color(QPalette::BrightText));
        painter.drawText(viewport()->rect(), Qt::AlignCenter | Qt::TextWordWrap, m_problem);
        return;
    }
    const int top = verticalScrollBar()->value();
    const int bottom = top + viewport()->height();
    int y = kGap;
    for (int p = 1; p <= m_pageCount && y < bottom + viewport()->height(); ++p) {
        const QSize size = pageSizePixels(p);
        const int x = std::max(kGap, (viewport()->width() - size.width()) / 2) - horizontalScrollBar()->value();
        if (y + size.height() >= top) {
            const QRect target(x, y - top, size.width(), size.height());
            const QString key = cacheKey(p);
            if (const QImage *image = m_cache.object(key)) {
                painter.drawImage(target, *image);
                if (!m_terms.isEmpty()) {
                    if (m_hits.contains(p)) {
                        painter.setPen(Qt::NoPen);
                        painter.setBrush(QColor(255, 210, 0, 110));
                        for (const QRectF &hit : m_hits.value(p))
                            painter.drawRect(toPixels(p, hit).translated(target.topLeft()).adjusted(-1, -1, 1, 1));
                    } else if (!m_wordsRequested.contains(p)) {
                        m_wordsRequested.insert(p);
                        m_service->requestWords(m_generation, m_path, m_password, p);
                    }
                }
            } else {
                painter.fillRect(target, Qt::white);
                if (!m_problem.isEmpty()) {
                    painter.setPen(Qt::darkRed);
                    painter.drawText(target.adjusted(16, 16, -16, -16), Qt::AlignCenter | Qt::TextWordWrap,
                                     tr("This page cannot be previewed: %1").arg(m_problem));
                } else if (!m_pending.contains(key)) {
                    // In view (or the one after it) and not drawn yet: ask for it.
                    m_pending.insert(key);
                    m_service->request(m_generation, m_path, m_password, p, renderDpi(), m_rotation);
                }
            }
        }
        y += size.height() + kGap;
    }
    const int page = currentPage();
    if (page != m_lastReportedPage) {
        m_lastReportedPage = page;
        emit currentPageChanged(page);
    }
}

void PdfView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    const int page = currentPage();
    applyFit();
    relayout();
    if (m_fit != Fit::None)
        goToPage(page);
}

void PdfView::scrollContentsBy(int, int)
{
    viewport()->update();
}

void PdfView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        setZoom(m_zoom * (event->angleDelta().y() > 0 ? 1.25 : 0.8));
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

void PdfView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_PageDown: goToPage(currentPage() + 1); return;
    case Qt::Key_PageUp: goToPage(currentPage() - 1); return;
    case Qt::Key_Home: goToPage(1); return;
    case Qt::Key_End: goToPage(m_pageCount); return;
    default: QAbstractScrollArea::keyPressEvent(event);
    }
}

} // namespace amtsdesk::ui
