#pragma once

#include "invoice/inbox/invoiceinbox.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QTableWidget;

namespace amtsdesk::ui {

// "Sachlich richtig": the account assignment of an invoice, one row per cost centre and budget
// item with its share of the amount due; OK only when every row is filled and the shares add up.
class AllocationDialog : public QDialog {
    Q_OBJECT

public:
    AllocationDialog(const InvoiceRecord &invoice, QWidget *parent = nullptr);

    QList<Allocation> allocations() const;
    QString comment() const;
    QTableWidget *table() const { return m_table; }
    // An amount as a person types it (amounttext::parse): "1.234,56" in German, "1,234.56" in English, or "1234.56".
    static std::optional<Decimal> parseAmount(const QString &text);

private:
    void addRow(const Allocation &allocation);
    void update();
    Decimal sum() const; // of the amounts entered so far

    InvoiceRecord m_invoice;
    QTableWidget *m_table;
    QLabel *m_sum;
    QPlainTextEdit *m_comment;
    QDialogButtonBox *m_buttons;
};

} // namespace amtsdesk::ui
