#include "pdf/pdfdocument.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMutexLocker>
#include <QVariant>

#include <poppler-qt6.h>

#include <algorithm>
#include <climits>
#include <cmath>
#include <mutex>

namespace amtsdesk {

namespace {

Q_LOGGING_CATEGORY(lcPdf, "amtsdesk.pdf", QtWarningMsg)

// PDF readers accept the header anywhere in the first 1024 bytes, so do we.
constexpr qint64 kHeaderWindow = 1024;

void popplerMessage(const QString &message, const QVariant &)
{
    // A damaged file makes Poppler complain thousands of times; that belongs in a debug
    // category, not on the console of every clerk.
    qCDebug(lcPdf) << message;
}

void routePopplerMessages()
{
    static std::once_flag once;
    std::call_once(once, [] { Poppler::setDebugErrorFunction(popplerMessage, QVariant()); });
}

bool looksLikePdf(const QByteArray &head)
{
    return head.contains("%PDF-");
}

// Fonts draw "fl", "ffi" … as one glyph, which Poppler hands on as one ligature character
// (U+FB00–U+FB06); spelled out, "Grundstücksfläche" can be found by search.
void spellOutLigatures(QString &text)
{
    const auto isLigature = [](QChar c) { return c.unicode() >= 0xFB00 && c.unicode() <= 0xFB06; };
    if (std::none_of(text.cbegin(), text.cend(), isLigature))
        return;
    QString spelled; // built anew: replacing in place costs quadratic time on a page full of them
    spelled.reserve(text.size() + text.size() / 8);
    for (const QChar c : std::as_const(text)) {
        if (isLigature(c))
            spelled += c.decomposition();
        else
            spelled += c;
    }
    text = spelled;
}

// Shared with Poppler's abort callback, which only takes a function pointer and a QVariant.
struct AbortProbe {
    const std::function<bool()> *callback = nullptr;
    bool aborted = false;
};

bool shouldAbortRender(const QVariant &closure)
{
    auto *probe = reinterpret_cast<AbortProbe *>(static_cast<quintptr>(closure.value<qulonglong>()));
    if (!probe->aborted && (*probe->callback)())
        probe->aborted = true; // remembered: Poppler hands back the half-drawn page, we must not
    return probe->aborted;
}

} // namespace

PdfDocument::PdfDocument(std::unique_ptr<Poppler::Document> document, QString displayName)
    : m_doc(std::move(document)), m_name(std::move(displayName))
{
    m_doc->setRenderHint(Poppler::Document::Antialiasing, true);
    m_doc->setRenderHint(Poppler::Document::TextAntialiasing, true);
}

PdfDocument::~PdfDocument() = default;

Result<std::unique_ptr<PdfDocument>> PdfDocument::open(const QString &path, const QByteArray &password)
{
    routePopplerMessages();
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists())
        return Error::notFound(tr("The file %1 does not exist.").arg(shown));
    if (!info.isFile()) // a folder, a pipe or a device: reading it could block or never end
        return Error::io(tr("%1 is not a regular file, so it cannot be read as a PDF.").arg(shown));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(tr("The file %1 cannot be read: %2").arg(shown, file.errorString()));
    const QByteArray head = file.read(kHeaderWindow);
    file.close();
    // Poppler takes the path, not the open QFile: it reads large files in place instead of copying them.
    return finishOpen(Poppler::Document::load(path, password, password), head, password, shown);
}

Result<std::unique_ptr<PdfDocument>> PdfDocument::openData(const QByteArray &bytes, const QByteArray &password)
{
    routePopplerMessages();
    const QString shown = tr("the PDF data (%n bytes)", nullptr, int(qMin<qsizetype>(bytes.size(), INT_MAX)));
    return finishOpen(Poppler::Document::loadFromData(bytes, password, password), bytes.left(kHeaderWindow), password,
                      shown);
}

Result<std::unique_ptr<PdfDocument>> PdfDocument::finishOpen(std::unique_ptr<Poppler::Document> document,
                                                             const QByteArray &head, const QByteArray &password,
                                                             const QString &displayName)
{
    if (!document) {
        if (head.isEmpty())
            return Error::unsupported(tr("%1 is empty: it is not a PDF file.").arg(displayName));
        if (!looksLikePdf(head))
            return Error::unsupported(tr("%1 is not a PDF file.").arg(displayName));
        return Error::corrupt(tr("%1 is damaged and cannot be read as a PDF.").arg(displayName));
    }
    if (document->isLocked()) {
        if (password.isEmpty())
            return Error::denied(tr("%1 is protected by a password: enter the password to open it.").arg(displayName));
        return Error::invalid(tr("The password for %1 is wrong.").arg(displayName));
    }
    if (document->numPages() <= 0)
        return Error::corrupt(tr("%1 is damaged: it contains no readable pages.").arg(displayName));
    return std::unique_ptr<PdfDocument>(new PdfDocument(std::move(document), displayName));
}

PdfProblem PdfDocument::problemOf(const Error &error)
{
    switch (error.code) {
    case ErrorCode::Unsupported: return PdfProblem::NotPdf;
    case ErrorCode::Corrupt: return PdfProblem::Damaged;
    case ErrorCode::PermissionDenied: return PdfProblem::NeedsPassword;
    case ErrorCode::InvalidInput: return PdfProblem::WrongPassword;
    default: return PdfProblem::None;
    }
}

bool PdfDocument::isAbort(const Error &error)
{
    return error.code == ErrorCode::Conflict;
}

int PdfDocument::pageCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_doc->numPages();
}

QSizeF PdfDocument::pageSizePoints(int page) const
{
    QMutexLocker lock(&m_mutex);
    if (page < 0 || page >= m_doc->numPages())
        return {};
    const std::unique_ptr<Poppler::Page> p = m_doc->page(page);
    return p ? p->pageSizeF() : QSizeF();
}

QString PdfDocument::pageText(int page) const
{
    QMutexLocker lock(&m_mutex);
    if (page < 0 || page >= m_doc->numPages())
        return {};
    const std::unique_ptr<Poppler::Page> p = m_doc->page(page);
    if (!p)
        return {};
    // A null rectangle means the whole page; the default layout is Poppler's reading order.
    QString text = p->text(QRectF());
    spellOutLigatures(text);
    return text;
}

QList<PdfWord> PdfDocument::words(int page) const
{
    QMutexLocker lock(&m_mutex);
    QList<PdfWord> result;
    if (page < 0 || page >= m_doc->numPages())
        return result;
    const std::unique_ptr<Poppler::Page> p = m_doc->page(page);
    if (!p)
        return result;
    for (const std::unique_ptr<Poppler::TextBox> &box : p->textList()) {
        if (box)
            result.append({box->text(), box->boundingBox()});
    }
    return result;
}

QList<EmbeddedFile> PdfDocument::embeddedFiles() const
{
    QMutexLocker lock(&m_mutex);
    QList<EmbeddedFile> files;
    const QList<Poppler::EmbeddedFile *> stored = m_doc->embeddedFiles();
    for (Poppler::EmbeddedFile *file : stored) {
        if (!file || !file->isValid())
            continue;
        // A file that says it is larger than any invoice or letter is not read: the size is the
        // sender's claim, so this spares honest giants, and the worker's memory limit stops a
        // compressed bomb that lies about its size.
        if (file->size() > kMaxEmbeddedBytes) {
            files.append({file->name(), file->mimeType(), file->description(), QByteArray()});
            continue;
        }
        files.append({file->name(), file->mimeType(), file->description(), file->data()});
    }
    return files;
}

QString PdfDocument::xmpMetadata() const
{
    QMutexLocker lock(&m_mutex);
    return m_doc->metadata();
}

QString PdfDocument::title() const
{
    QMutexLocker lock(&m_mutex);
    return m_doc->title();
}

bool PdfDocument::isEncrypted() const
{
    QMutexLocker lock(&m_mutex);
    return m_doc->isEncrypted();
}

Status PdfDocument::checkView(double dpi, int rotation)
{
    if (!(dpi > 0.0 && dpi <= kMaxDpi)) // also refuses NaN
        return Error::invalid(tr("A page cannot be shown at %1 dpi: the resolution must be above 0 and at most %2 dpi.")
                                  .arg(dpi)
                                  .arg(kMaxDpi));
    if (rotation != 0 && rotation != 90 && rotation != 180 && rotation != 270)
        return Error::invalid(
            tr("A page cannot be turned by %1 degrees: only 0, 90, 180 and 270 are possible.").arg(rotation));
    return {};
}

Result<QImage> PdfDocument::render(int page, double dpi, int rotation, const std::function<bool()> &shouldAbort) const
{
    QMutexLocker lock(&m_mutex);
    const int pages = m_doc->numPages();
    if (page < 0 || page >= pages)
        return Error::invalid(tr("%1 has no page %2: it has %n page(s).", nullptr, pages).arg(m_name).arg(page + 1));
    if (Status ok = checkView(dpi, rotation); !ok)
        return ok.error();
    Poppler::Page::Rotation turn = Poppler::Page::Rotate0;
    switch (rotation) {
    case 90: turn = Poppler::Page::Rotate90; break;
    case 180: turn = Poppler::Page::Rotate180; break;
    case 270: turn = Poppler::Page::Rotate270; break;
    default: break;
    }

    const std::unique_ptr<Poppler::Page> p = m_doc->page(page);
    if (!p)
        return Error::corrupt(tr("Page %1 of %2 is damaged and cannot be shown.").arg(page + 1).arg(m_name));
    // Checked before Poppler allocates the bitmap: a hostile page can declare any size.
    const QSizeF points = p->pageSizeF();
    const double width = std::ceil(points.width() * dpi / 72.0);
    const double height = std::ceil(points.height() * dpi / 72.0);
    if (!(width >= 1.0 && height >= 1.0))
        return Error::corrupt(tr("Page %1 of %2 has no area and cannot be shown.").arg(page + 1).arg(m_name));
    if (width * height > double(kMaxRenderPixels))
        return Error::overflow(tr("Page %1 of %2 is too large to show at %3 dpi (%4 × %5 pixels).")
                                   .arg(page + 1)
                                   .arg(m_name)
                                   .arg(dpi)
                                   .arg(width, 0, 'f', 0)
                                   .arg(height, 0, 'f', 0));

    const auto abortError = [&] {
        return Error::conflict(tr("Showing page %1 of %2 was cancelled.").arg(page + 1).arg(m_name));
    };
    if (shouldAbort && shouldAbort())
        return abortError();

    QImage image;
    if (shouldAbort) {
        AbortProbe probe{&shouldAbort};
        const QVariant closure = QVariant::fromValue(qulonglong(reinterpret_cast<quintptr>(&probe)));
        image = p->renderToImage(dpi, dpi, -1, -1, -1, -1, turn, nullptr, nullptr, shouldAbortRender, closure);
        if (probe.aborted)
            return abortError();
    } else {
        image = p->renderToImage(dpi, dpi, -1, -1, -1, -1, turn);
    }
    if (image.isNull())
        return Error::corrupt(tr("Page %1 of %2 could not be drawn: the page is damaged or needs more memory than "
                                 "is available.")
                                  .arg(page + 1)
                                  .arg(m_name));
    // One format for every caller: premultiplied is what QPixmap and the worker protocol want.
    image.convertTo(QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return Error::overflow(tr("Page %1 of %2 needs more memory than is available.").arg(page + 1).arg(m_name));
    return image;
}

} // namespace amtsdesk
