#pragma once

#include "invoice/inbox/invoiceinbox.h"
#include "pdf/workerclient.h"
#include "startup/session.h"

#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace amtsdesk::ui {

class InboxWatcher;
class InvoiceInboxModel;

// The Rechnungseingang: every invoice the person may see, with filters by state, department,
// due date and validity; beside the list the selected invoice as read (amounts, due date and
// Skonto, duplicates, findings), the arithmetic check (the invoice's figures beside the
// recalculated ones) and a button per step of its workflow. A step the person may not take
// is refused with the reason. Invoices come in by drop, by the import button and from the
// watched folder; released ones are handed over to the finance software from here.
class InvoiceInboxPage : public QWidget {
    Q_OBJECT

public:
    explicit InvoiceInboxPage(Session &session, QWidget *parent = nullptr);

    void reload();
    InvoiceInboxModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QTextBrowser *details() const { return m_details; }
    // The steps shown for the selected invoice (their labels), for tests and accessibility.
    QStringList stepLabels() const;
    void select(InvoiceId id);
    std::optional<InvoiceRecord> selected() const;

    // Takes the invoices in, off the GUI thread; imported() reports the outcome.
    void importFiles(const QStringList &paths);
    // Takes the step on the selected invoice as given, without asking; false (with the reason
    // shown) when refused.
    bool takeStep(const QString &transition, const QString &comment, const QJsonObject &fields = {});
    // Asks what the step needs (account assignment, comment), then takes it.
    void requestStep(const QString &transition);
    // Hands released invoices to the finance software (CSV and originals into folder).
    void exportTo(const QString &folder);
    // The rejection notice of the selected (rejected) invoice: PDF/A, or plain text for .txt.
    bool saveRejectionNotice(const QString &path);
    // Watches a folder for arriving e-invoices (remembered for this store); an empty folder stops.
    bool watchFolder(const QString &folder, int intervalMs = 2000, int settleSeconds = 3);

signals:
    void message(const QString &text);
    // What an import did, one line per file after a summary line (ImportSummary::describe).
    void imported(const QStringList &lines);
    void exported(const QString &summary);
    void openInvoiceFile(const QString &path, const QString &title);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    InvoiceFilter currentFilter() const;
    void showSelected();
    QString detailsHtml(const InvoiceRecord &record) const;
    void rebuildSteps(const InvoiceRecord &record);
    void chooseImport();
    void showImported(const ImportSummary &summary, const QString &how);
    void chooseExport();
    void routeSelected();

    Session &m_session;
    InvoiceInboxModel *m_model;
    QTableView *m_view;
    QTextBrowser *m_details;
    QComboBox *m_state;
    QComboBox *m_department;
    QComboBox *m_due;
    QComboBox *m_validity;
    QLineEdit *m_search;
    QLabel *m_count;
    QHBoxLayout *m_steps;
    QPushButton *m_show;
    QPushButton *m_route;
    QPushButton *m_notice;
    QStringList m_stepLabels;
    InboxWatcher *m_watcher = nullptr;
    // Reads ZUGFeRD PDFs for the arithmetic check; kept, so that each selection does not start a process.
    mutable PdfWorker m_worker;
    QPushButton *m_watch;
};

} // namespace amtsdesk::ui
