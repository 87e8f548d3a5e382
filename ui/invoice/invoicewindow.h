#pragma once

#include "invoice/invoicefile.h"
#include "invoice/invoicesheet.h"
#include "pdf/workerclient.h"

#include <QMainWindow>

class QLabel;
class QPrinter;
class QTextBrowser;

namespace amtsdesk::ui {

class PdfView;

// An e-invoice for reading: the sheet (sections, terms on hover, findings beside the fields,
// the verdict on top) and, for a ZUGFeRD / Factur-X PDF, the PDF beside it with a note where the
// two disagree. Prints, exports PDF/A-1b for filing, and opens or saves the attached documents
// (BT-125) under safe names.
class InvoiceWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit InvoiceWindow(const QString &path, QWidget *parent = nullptr);
    ~InvoiceWindow() override;

    // False when the file is no e-invoice; errorText() says why.
    bool isLoaded() const { return m_loaded; }
    QString errorText() const { return m_error; }
    const InvoiceSheet &sheet() const { return m_sheet; }
    QTextBrowser *browser() const { return m_browser; }
    QString pdfNote() const;
    bool showsPdf() const { return m_pdf != nullptr; }

    bool printTo(QPrinter &printer);
    bool exportPdfA(const QString &path);
    // The attached documents (BT-125): their names as the sender gave them, and their bytes.
    struct Attachment {
        QString name;
        QString mimeCode;
        QByteArray data;
    };
    QList<Attachment> attachments() const { return m_attachments; }
    bool saveAttachment(int index, const QString &path);

signals:
    void message(const QString &text);

private:
    void buildToolBar();
    void print();
    void exportPdfA();
    void openAttachment(int index);
    void saveAttachmentAs(int index);

    PdfWorker m_worker;
    InvoiceFile m_file;
    InvoiceSheet m_sheet;
    QList<Attachment> m_attachments;
    QTextBrowser *m_browser;
    PdfView *m_pdf = nullptr;
    QLabel *m_note;
    bool m_loaded = false;
    QString m_error;
    QString m_path;
};

} // namespace amtsdesk::ui
