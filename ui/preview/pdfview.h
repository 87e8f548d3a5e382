#pragma once

#include <QAbstractScrollArea>
#include <QCache>
#include <QHash>
#include <QImage>
#include <QSet>

namespace amtsdesk::ui {

class RenderService;

// A PDF shown as a continuous column of pages: only the pages in view are drawn, by the render
// service (off the GUI thread, in the worker process), at the screen's pixel density; drawn
// pages are kept in a cache bounded by bytes. Zoom to a percentage, the page width or the
// whole page; rotate in steps of 90 degrees.
class PdfView : public QAbstractScrollArea {
    Q_OBJECT

public:
    enum class Fit { None, Width, Page };

    explicit PdfView(QWidget *parent = nullptr);
    ~PdfView() override;

    void setDocument(const QString &path, int pageCount, const QByteArray &password = {});
    // How problems name the document: the file name the person knows, not the stored copy's path
    // (empty: the path).
    void setShownName(const QString &name) { m_shownName = name; }
    int pageCount() const { return m_pageCount; }
    int currentPage() const;
    void goToPage(int page);
    void setZoom(double zoom); // 1.0 = 100 %: a page at its printed size
    double zoom() const { return m_zoom; }
    void setFit(Fit fit);
    Fit fit() const { return m_fit; }
    void rotate(int degrees);  // +90 or -90
    int rotation() const { return m_rotation; }
    // Pages drawn and in the cache now, for tests and the status line.
    int renderedPages() const;
    // Marks the words that match these folded search terms (a prefix ends in '*') on every page.
    void setHighlightTerms(const QStringList &terms);
    // The hits marked on a page so far, in points (for tests).
    QList<QRectF> highlights(int page) const { return m_hits.value(page); }
    QString problem() const { return m_problem; }

signals:
    void currentPageChanged(int page);
    void zoomChanged(double zoom);
    void pageRendered(int page);
    void renderFailed(int page, const QString &message);
    void highlightsReady(int page, int count);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QSizeF pageSizePoints(int page) const;
    QSize pageSizePixels(int page) const; // logical pixels at the current zoom and rotation
    int pageTop(int page) const;
    double renderDpi() const;
    QString cacheKey(int page) const;
    QRectF toPixels(int page, const QRectF &points) const;
    void relayout();
    void applyFit();
    void restart();

    RenderService *m_service;
    QString m_path;
    QByteArray m_password;
    int m_pageCount = 0;
    double m_zoom = 1.0;
    Fit m_fit = Fit::Width;
    int m_rotation = 0;
    int m_generation = 0;
    QHash<int, QSizeF> m_pageSizes; // points, as drawn pages tell
    QCache<QString, QImage> m_cache;
    QSet<QString> m_pending;
    QString m_problem;
    QString m_shownName;
    QStringList m_terms;
    QHash<int, QList<QRectF>> m_hits; // points, unrotated
    QSet<int> m_wordsRequested;
    int m_lastReportedPage = 0;
};

} // namespace amtsdesk::ui
