#pragma once

#include "common/result.h"
#include "invoice/inbox/invoiceinbox.h"
#include "workflow/workflowengine.h"

#include <QCoreApplication>
#include <QString>

namespace amtsdesk {

class Database;

// The texts Amtsdesk writes about an invoice: the rejection notice to the seller, the
// validation report and the approval history filed with it. Each as plain text (to show, to
// copy into a letter) and as HTML for a PDF/A (InvoiceSheet::writeHtmlAsPdfA).
struct NoticeText {
    QString title;
    QString text;
    QString html;
    Status writePdf(const QString &path) const;
    // Plain text (UTF-8) for a path ending in .txt, else PDF/A.
    Status write(const QString &path) const;
};

class InvoiceNotices {
    Q_DECLARE_TR_FUNCTIONS(InvoiceNotices)

public:
    // The notice for a rejected invoice: which invoice, the reason given, and each rule broken.
    static NoticeText rejection(const InvoiceRecord &invoice, const QList<Finding> &findings, const QString &reason,
                                const QString &rejectedBy, const QDate &on);
    // The notice of a rejected invoice as stored: the reason, who rejected it and when, from its
    // history; the rules from its findings.
    static Result<NoticeText> rejection(Database &db, const Actor &actor, InvoiceId id);
    static NoticeText validationReport(const InvoiceRecord &invoice, const QList<Finding> &findings);
    static NoticeText approvalHistory(const InvoiceRecord &invoice, const QList<WorkflowHistoryEntry> &history);
};

} // namespace amtsdesk
