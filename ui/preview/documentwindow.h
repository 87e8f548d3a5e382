#pragma once

#include "efile/efiletypes.h"
#include "startup/session.h"

#include <QMainWindow>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPrinter;
class QSpinBox;

namespace amtsdesk::ui {

class PdfView;
class RenderService;

// One document's version on screen: the pages (continuous scrolling, zoom, rotation,
// thumbnails), find in the text, copy a page's text, print, open in the system's program.
// Images are shown the same way (each frame a page); other files open in the system's program.
class DocumentWindow : public QMainWindow {
    Q_OBJECT

public:
    DocumentWindow(Session &session, DocumentId document, QWidget *parent = nullptr);

    PdfView *view() const { return m_view; }
    bool isPreviewable() const { return m_previewable; }
    // Finds the next page (after the current one) whose text contains the words, in any
    // German spelling; returns it, or 0 when none does.
    int findNext(const QString &text);
    QString pageText(int page) const;
    // Marks these folded search terms on the pages (as from a search hit).
    void highlight(const QStringList &terms);
    // Opens a password-protected PDF with its password: shows it and makes its text searchable.
    // The password is used, never stored. False (with the reason shown) when it is wrong.
    bool unlock(const QByteArray &password);
    // Prints every page (or the range the printer asks for); false when nothing was printed.
    bool printTo(QPrinter &printer);

signals:
    void message(const QString &text);

private:
    void buildToolBar();
    void fillThumbnails();
    void print();
    void copyPageText();
    void openExternally();

    Session &m_session;
    Document m_document;
    QString m_path;
    QByteArray m_password;
    bool m_previewable = false;
    QStringList m_pages;
    PdfView *m_view;
    QListWidget *m_thumbnails;
    RenderService *m_thumbnailService;
    int m_thumbnailGeneration = 0;
    QSpinBox *m_page = nullptr;
    QLabel *m_pageCountLabel = nullptr;
    QComboBox *m_zoom = nullptr;
    QLineEdit *m_find = nullptr;
    QList<QAction *> m_previewActions; // what needs pages: previous, next, print
};

} // namespace amtsdesk::ui
