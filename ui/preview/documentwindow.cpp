#include "preview/documentwindow.h"

#include "dialogs/messagebox.h"
#include "efile/documentindexer.h"
#include "efile/documentservice.h"
#include "pdf/workerclient.h"
#include "preview/pdfview.h"
#include "preview/renderservice.h"
#include "search/germantokenizer.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolBar>
#include <QUrl>

namespace amtsdesk::ui {

DocumentWindow::DocumentWindow(Session &session, DocumentId document, QWidget *parent)
    : QMainWindow(parent), m_session(session), m_view(new PdfView), m_thumbnails(new QListWidget),
      m_thumbnailService(new RenderService(this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    DocumentService documents(*m_session.db);
    auto doc = documents.document(m_session.actor, document);
    if (doc) {
        m_document = *doc;
        auto path = documents.versionPath(m_session.actor, doc->current.id);
        m_path = path ? *path : QString();
        if (auto pages = documents.pageTexts(m_session.actor, doc->current.id); pages)
            m_pages = *pages;
    }
    setWindowTitle(doc ? tr("%1 – Amtsdesk").arg(m_document.title) : tr("Document – Amtsdesk"));
    // PDFs and images (each frame a page) are shown here; the worker reads both.
    const QString mime = m_document.current.mimeType;
    m_previewable = doc && !m_path.isEmpty() && (mime == QStringLiteral("application/pdf") || mime.startsWith(QStringLiteral("image/")))
                    && m_document.current.textStatus != QStringLiteral("unreadable") && m_document.current.pageCount.value_or(0) > 0;
    setCentralWidget(m_view);
    if (!doc) {
        statusBar()->showMessage(doc.error().message);
    } else if (!m_previewable) {
        statusBar()->showMessage(m_document.current.textNote.isEmpty()
                                     ? tr("This document cannot be previewed here; open it in the program of this computer.")
                                     : tr("This document cannot be previewed: %1").arg(m_document.current.textNote));
    }
    buildToolBar();

    m_thumbnails->setViewMode(QListView::ListMode);
    m_thumbnails->setIconSize(QSize(96, 136));
    m_thumbnails->setUniformItemSizes(true);
    m_thumbnails->setSpacing(4);
    m_thumbnails->setMinimumWidth(150);
    m_thumbnails->setAccessibleName(tr("Pages"));
    auto *dock = new QDockWidget(tr("Pages"), this);
    dock->setObjectName(QStringLiteral("thumbnails"));
    dock->setWidget(m_thumbnails);
    dock->setFeatures(QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::LeftDockWidgetArea, dock);
    connect(m_thumbnails, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            m_view->goToPage(row + 1);
    });
    connect(m_thumbnailService, &RenderService::rendered, this, [this](int generation, int page, double, int, const QImage &image) {
        if (generation != m_thumbnailGeneration || page - 1 >= m_thumbnails->count())
            return;
        // White pages on a white list need an edge to be seen.
        QPixmap pixmap = QPixmap::fromImage(image);
        QPainter painter(&pixmap);
        painter.setPen(QColor(0x99, 0x99, 0x99));
        painter.drawRect(pixmap.rect().adjusted(0, 0, -1, -1));
        painter.end();
        m_thumbnails->item(page - 1)->setIcon(QIcon(pixmap));
    });
    connect(m_view, &PdfView::renderFailed, this, [this](int, const QString &problem) {
        statusBar()->showMessage(tr("This document cannot be previewed: %1").arg(problem));
    });
    m_view->setShownName(m_document.current.fileName);
    if (m_previewable) {
        m_view->setDocument(m_path, *m_document.current.pageCount);
        fillThumbnails();
    }
    resize(1120, 900);
}

void DocumentWindow::buildToolBar()
{
    QToolBar *bar = addToolBar(tr("Document"));
    bar->setObjectName(QStringLiteral("document"));
    bar->setMovable(false);
    const int pages = m_previewable ? *m_document.current.pageCount : 0;
    QAction *previous = bar->addAction(tr("Previous page"), this, [this] { m_view->goToPage(m_view->currentPage() - 1); });
    previous->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_page = new QSpinBox;
    m_page->setRange(pages > 0 ? 1 : 0, std::max(1, pages));
    m_page->setAccessibleName(tr("Page"));
    bar->addWidget(m_page);
    m_pageCountLabel = new QLabel(tr(" of %1 ").arg(pages));
    bar->addWidget(m_pageCountLabel);
    QAction *next = bar->addAction(tr("Next page"), this, [this] { m_view->goToPage(m_view->currentPage() + 1); });
    next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    bar->addSeparator();
    m_zoom = new QComboBox;
    m_zoom->setAccessibleName(tr("Zoom"));
    m_zoom->addItem(tr("Fit width"), -1);
    m_zoom->addItem(tr("Fit page"), -2);
    for (int percent : {50, 75, 100, 125, 150, 200, 300, 400})
        m_zoom->addItem(QStringLiteral("%1 %").arg(percent), percent);
    bar->addWidget(m_zoom);
    bar->addAction(tr("Rotate left"), this, [this] { m_view->rotate(-90); })->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    bar->addAction(tr("Rotate right"), this, [this] { m_view->rotate(90); })->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    bar->addSeparator();
    m_find = new QLineEdit;
    m_find->setPlaceholderText(tr("Find in document"));
    m_find->setClearButtonEnabled(true);
    m_find->setMinimumWidth(160);
    m_find->setMaximumWidth(240);
    m_find->setAccessibleName(tr("Find in document"));
    bar->addWidget(m_find);
    bar->addSeparator();
    bar->addAction(tr("Copy page text"), this, &DocumentWindow::copyPageText);
    QAction *printAction = bar->addAction(tr("Print…"), this, &DocumentWindow::print);
    printAction->setShortcut(QKeySequence::Print);
    bar->addAction(tr("Open in program"), this, &DocumentWindow::openExternally);
    // Closing as in every viewer: Ctrl+W or Escape.
    auto *closeAction = new QAction(tr("Close"), this);
    closeAction->setShortcuts({QKeySequence(QKeySequence::Close), QKeySequence(Qt::Key_Escape)});
    connect(closeAction, &QAction::triggered, this, &QWidget::close);
    addAction(closeAction);
    if (m_document.current.textStatus == QStringLiteral("encrypted")) {
        bar->addAction(tr("Enter password…"), this, [this] {
            bool ok = false;
            const QString password = QInputDialog::getText(this, tr("Password-protected document"),
                                                           tr("Password of %1:").arg(m_document.current.fileName), QLineEdit::Password,
                                                           {}, &ok);
            if (ok && !password.isEmpty())
                unlock(password.toUtf8());
        });
    }

    m_previewActions = {previous, next, printAction};
    for (QAction *action : std::as_const(m_previewActions))
        action->setEnabled(m_previewable);
    m_zoom->setEnabled(m_previewable);
    m_find->setEnabled(!m_pages.isEmpty());
    connect(m_page, &QSpinBox::valueChanged, this, [this](int page) {
        if (page != m_view->currentPage())
            m_view->goToPage(page);
    });
    connect(m_view, &PdfView::currentPageChanged, this, [this](int page) {
        const QSignalBlocker block(m_page);
        m_page->setValue(page);
        const QSignalBlocker blockList(m_thumbnails);
        m_thumbnails->setCurrentRow(page - 1);
    });
    connect(m_zoom, &QComboBox::activated, this, [this](int index) {
        const int value = m_zoom->itemData(index).toInt();
        if (value == -1)
            m_view->setFit(PdfView::Fit::Width);
        else if (value == -2)
            m_view->setFit(PdfView::Fit::Page);
        else
            m_view->setZoom(value / 100.0);
    });
    connect(m_find, &QLineEdit::returnPressed, this, [this] {
        if (findNext(m_find->text()) == 0)
            statusBar()->showMessage(tr("\"%1\" is not in the text of this document.").arg(m_find->text()), 6000);
    });
}

void DocumentWindow::fillThumbnails()
{
    m_thumbnails->clear();
    m_thumbnailGeneration = m_thumbnailService->nextGeneration();
    const int pages = *m_document.current.pageCount;
    for (int p = 1; p <= pages; ++p) {
        auto *item = new QListWidgetItem(QString::number(p), m_thumbnails);
        item->setSizeHint(QSize(130, 144));
        // Small pages for the first hundred; a long file is navigated by number beyond that.
        if (p <= 100)
            m_thumbnailService->request(m_thumbnailGeneration, m_path, m_password, p, 20.0, 0);
    }
}

bool DocumentWindow::unlock(const QByteArray &password)
{
    PdfWorker worker;
    auto extract = worker.extract(m_path, password);
    if (!extract) {
        MessageBox::critical(this, tr("Document not opened"), QString(extract.error().message).replace(m_path, m_document.current.fileName));
        return false;
    }
    // With the right password the text is read for the search too, once.
    auto indexed = DocumentIndexer(*m_session.db, &worker).indexVersion(m_document.current.id, password);
    if (indexed && indexed->status == QStringLiteral("indexed"))
        emit message(tr("The text of %1 is now searchable.").arg(m_document.current.fileName));
    m_pages = extract->text;
    m_password = password;
    m_previewable = extract->pages > 0;
    m_document.current.pageCount = extract->pages;
    m_page->setRange(1, std::max(1, extract->pages));
    m_pageCountLabel->setText(tr(" of %1 ").arg(extract->pages));
    m_zoom->setEnabled(m_previewable);
    m_find->setEnabled(!m_pages.isEmpty());
    for (QAction *action : std::as_const(m_previewActions))
        action->setEnabled(m_previewable);
    m_view->setDocument(m_path, extract->pages, password);
    fillThumbnails();
    statusBar()->clearMessage();
    return true;
}

int DocumentWindow::findNext(const QString &text)
{
    const QStringList words = germanTokens(text);
    if (words.isEmpty() || m_pages.isEmpty())
        return 0;
    const int start = std::max(1, m_view->currentPage());
    for (int step = 1; step <= m_pages.size(); ++step) {
        const int page = (start - 1 + step) % int(m_pages.size()) + 1;
        // Compared on the folded words, so that "Strasse" finds "Straße" as the search does.
        const QString folded = germanTokens(m_pages.at(page - 1)).join(QLatin1Char(' '));
        bool all = true;
        for (const QString &w : words)
            all = all && folded.contains(w);
        if (all) {
            m_view->setHighlightTerms(words);
            m_view->goToPage(page);
            statusBar()->showMessage(tr("Found on page %1.").arg(page), 6000);
            return page;
        }
    }
    return 0;
}

void DocumentWindow::highlight(const QStringList &terms)
{
    m_view->setHighlightTerms(terms);
}

QString DocumentWindow::pageText(int page) const
{
    return page >= 1 && page <= m_pages.size() ? m_pages.at(page - 1) : QString();
}

void DocumentWindow::copyPageText()
{
    const QString text = pageText(std::max(1, m_view->currentPage()));
    if (text.isEmpty()) {
        statusBar()->showMessage(tr("This page has no text to copy."), 6000);
        return;
    }
    QApplication::clipboard()->setText(text);
    statusBar()->showMessage(tr("The text of page %1 is on the clipboard.").arg(m_view->currentPage()), 6000);
}

bool DocumentWindow::printTo(QPrinter &printer)
{
    if (!m_previewable)
        return false;
    const int pages = *m_document.current.pageCount;
    int from = printer.fromPage() > 0 ? printer.fromPage() : 1;
    int to = printer.toPage() > 0 ? std::min(printer.toPage(), pages) : pages;
    PdfWorker worker;
    QPainter painter;
    if (!painter.begin(&printer))
        return false;
    QProgressDialog progress(tr("Printing…"), tr("Cancel"), from - 1, to, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    for (int p = from; p <= to; ++p) {
        progress.setValue(p - 1);
        if (progress.wasCanceled())
            break;
        auto image = worker.render(m_path, p - 1, 150.0, 0, m_password);
        if (!image) {
            painter.end();
            MessageBox::critical(this, tr("Not printed"), image.error().message);
            return false;
        }
        if (p > from)
            printer.newPage();
        const QRect area = painter.viewport();
        QSize size = image->size();
        size.scale(area.size(), Qt::KeepAspectRatio);
        painter.setViewport(area.x(), area.y(), size.width(), size.height());
        painter.setWindow(image->rect());
        painter.drawImage(0, 0, *image);
        painter.setViewport(area);
        painter.setWindow(area);
    }
    painter.end();
    return true;
}

void DocumentWindow::print()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    dialog.setMinMax(1, m_previewable ? *m_document.current.pageCount : 1);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (printTo(printer))
        statusBar()->showMessage(tr("Printed."), 6000);
}

void DocumentWindow::openExternally()
{
    // The stored copy has no name and must never change: the system's program gets a named copy.
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::TempLocation) + QStringLiteral("/amtsdesk-open");
    QDir().mkpath(folder);
    const QString copy = QDir(folder).filePath(DocumentService::safeFileName(m_document.current.fileName));
    QFile::remove(copy);
    if (m_path.isEmpty() || !QFile::copy(m_path, copy) || !QDesktopServices::openUrl(QUrl::fromLocalFile(copy)))
        MessageBox::critical(this, tr("Document not opened"),
                             tr("%1 could not be handed to a program of this computer.").arg(m_document.current.fileName));
}

} // namespace amtsdesk::ui
