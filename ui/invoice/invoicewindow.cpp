#include "invoice/invoicewindow.h"

#include "dialogs/filedialog.h"
#include "dialogs/messagebox.h"
#include "efile/documentservice.h"
#include "preview/pdfview.h"

#include <QCursor>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QPrintDialog>
#include <QPrinter>
#include <QSaveFile>
#include <QSplitter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTextDocument>
#include <QToolBar>
#include <QToolButton>
#include <QToolTip>
#include <QUrl>
#include <QVBoxLayout>

namespace amtsdesk::ui {

namespace {

QString safeName(const QString &name, int index)
{
    const QString safe = DocumentService::safeFileName(name);
    return safe.isEmpty() ? InvoiceWindow::tr("attachment-%1").arg(index + 1) : safe;
}

} // namespace

InvoiceWindow::InvoiceWindow(const QString &path, QWidget *parent)
    : QMainWindow(parent), m_browser(new QTextBrowser), m_note(new QLabel), m_path(path)
{
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(QFileInfo(path).fileName());
    resize(1100, 800);
    m_note->setWordWrap(true);
    m_note->setStyleSheet(QStringLiteral("QLabel { color: #8a5a00; padding: 4px; }"));
    m_note->hide();
    m_browser->setOpenLinks(false);
    // Business-term numbers on hover: each label is a link to its term.
    connect(m_browser, &QTextBrowser::highlighted, this, [this](const QUrl &url) {
        if (url.scheme() == QStringLiteral("term"))
            QToolTip::showText(QCursor::pos(),
                               QStringLiteral("%1: %2").arg(url.path(), InvoiceSheet::termName(url.path())), m_browser);
        else
            QToolTip::hideText();
    });

    auto file = InvoiceFiles::open(path, &m_worker);
    if (!file) {
        m_error = file.error().message;
        m_browser->setPlainText(m_error);
        setCentralWidget(m_browser);
        return;
    }
    m_file = std::move(*file);
    const QList<Finding> findings = InvoiceFiles::check(m_file);
    m_sheet = InvoiceSheet::build(m_file, findings);
    m_browser->setHtml(m_sheet.toHtml());
    setWindowTitle(m_sheet.title);
    for (const SupportingDocument &d : m_file.invoice.supportingDocuments) {
        if (d.attachment.present())
            m_attachments << Attachment{d.attachment.hasFileName ? d.attachment.fileName : QString(),
                                        d.attachment.mimeCode, QByteArray::fromBase64(d.attachment.text.toLatin1())};
    }
    m_loaded = true;

    auto *left = new QWidget;
    auto *layout = new QVBoxLayout(left);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_note);
    layout->addWidget(m_browser);
    if (m_file.container == InvoiceFile::Container::Pdf) {
        auto extract = m_worker.extract(path);
        auto *splitter = new QSplitter;
        splitter->addWidget(left);
        if (extract) {
            m_pdf = new PdfView;
            m_pdf->setDocument(path, extract->pages);
            m_pdf->setFit(PdfView::Fit::Width);
            splitter->addWidget(m_pdf);
            const QString note = InvoiceSheet::pdfTotalsNote(m_file.invoice, extract->text);
            if (!note.isEmpty()) {
                m_note->setText(note);
                m_note->show();
            }
        }
        splitter->setStretchFactor(0, 1);
        splitter->setStretchFactor(1, 1);
        setCentralWidget(splitter);
    } else {
        setCentralWidget(left);
    }
    buildToolBar();
}

InvoiceWindow::~InvoiceWindow() = default;

QString InvoiceWindow::pdfNote() const
{
    return m_note->isVisible() || !m_note->text().isEmpty() ? m_note->text() : QString();
}

void InvoiceWindow::buildToolBar()
{
    QToolBar *bar = addToolBar(tr("Invoice"));
    bar->setMovable(false);
    QAction *print =
        bar->addAction(QIcon::fromTheme(QStringLiteral("document-print")), tr("&Print…"), this, &InvoiceWindow::print);
    print->setShortcut(QKeySequence::Print);
    bar->addAction(QIcon::fromTheme(QStringLiteral("document-save-as")), tr("Save as PDF/&A…"), this,
                   qOverload<>(&InvoiceWindow::exportPdfA));
    if (!m_attachments.isEmpty()) {
        auto *menu = new QMenu(this);
        for (int i = 0; i < m_attachments.size(); ++i) {
            const Attachment &a = m_attachments.at(i);
            QMenu *one = menu->addMenu(a.name.isEmpty() ? tr("Attachment %1").arg(i + 1) : a.name);
            one->addAction(tr("&Open"), this, [this, i] { openAttachment(i); });
            one->addAction(tr("&Save as…"), this, [this, i] { saveAttachmentAs(i); });
        }
        auto *button = new QToolButton;
        button->setText(tr("Attachments (%1)").arg(m_attachments.size()));
        button->setIcon(QIcon::fromTheme(QStringLiteral("mail-attachment")));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setPopupMode(QToolButton::InstantPopup);
        button->setMenu(menu);
        bar->addWidget(button);
    }
    QAction *close = new QAction(tr("Close"), this);
    close->setShortcuts({QKeySequence::Close, QKeySequence(Qt::Key_Escape)});
    connect(close, &QAction::triggered, this, &QWidget::close);
    addAction(close);
}

bool InvoiceWindow::printTo(QPrinter &printer)
{
    if (!m_loaded)
        return false;
    QTextDocument document;
    document.setHtml(m_sheet.toHtml());
    document.print(&printer);
    return true;
}

void InvoiceWindow::print()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted && printTo(printer))
        emit message(tr("Printed."));
}

bool InvoiceWindow::exportPdfA(const QString &path)
{
    const Status written = m_sheet.writePdfA(path);
    if (!written) {
        MessageBox::critical(this, tr("Save as PDF/A"), written.error().message);
        return false;
    }
    emit message(tr("Saved as %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void InvoiceWindow::exportPdfA()
{
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(DocumentService::safeFileName(m_sheet.title) + QStringLiteral(".pdf"));
    const QString path = FileDialog::saveFileName(this, tr("Save as PDF/A"), suggested, tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        exportPdfA(path);
}

bool InvoiceWindow::saveAttachment(int index, const QString &path)
{
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(m_attachments.at(index).data) < 0 || !out.commit()) {
        MessageBox::critical(this, tr("Save attachment"),
                             tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), out.errorString()));
        return false;
    }
    return true;
}

void InvoiceWindow::saveAttachmentAs(int index)
{
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(safeName(m_attachments.at(index).name, index));
    const QString path = FileDialog::saveFileName(this, tr("Save attachment"), suggested, QString());
    if (!path.isEmpty() && saveAttachment(index, path))
        emit message(tr("Saved as %1.").arg(QDir::toNativeSeparators(path)));
}

void InvoiceWindow::openAttachment(int index)
{
    // Under a safe name in a folder of its own that lives as long as the window: the sender's
    // name is never used as a path.
    auto *folder = new QTemporaryDir;
    connect(this, &QObject::destroyed, [folder] { delete folder; });
    const QString path = QDir(folder->path()).filePath(safeName(m_attachments.at(index).name, index));
    if (folder->isValid() && saveAttachment(index, path))
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

} // namespace amtsdesk::ui
