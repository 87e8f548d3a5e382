#include "dialogs/allocationdialog.h"

#include "dialogs/amounttext.h"
#include "models/invoiceinboxmodel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace amtsdesk::ui {

AllocationDialog::AllocationDialog(const InvoiceRecord &invoice, QWidget *parent)
    : QDialog(parent), m_invoice(invoice), m_table(new QTableWidget(0, 3)), m_sum(new QLabel),
      m_comment(new QPlainTextEdit), m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Confirm factually correct"));
    auto *intro = new QLabel(tr("<b>%1</b> from %2, amount due <b>%3</b>. Assign the amount to cost centres and "
                                "budget items; several rows split it.")
                                 .arg(invoice.number.toHtmlEscaped(), invoice.sellerName.toHtmlEscaped(),
                                      InvoiceInboxModel::money(invoice.payableAmount, invoice.currency)));
    intro->setWordWrap(true);
    m_table->setHorizontalHeaderLabels({tr("Cost centre"), tr("Budget item"), tr("Amount")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setAccessibleName(tr("Account assignment"));
    auto *add = new QPushButton(tr("&Add row"));
    auto *remove = new QPushButton(tr("&Remove row"));
    auto *rowButtons = new QHBoxLayout;
    rowButtons->addWidget(add);
    rowButtons->addWidget(remove);
    rowButtons->addStretch();
    rowButtons->addWidget(m_sum);
    m_comment->setPlaceholderText(tr("Comment (optional)"));
    m_comment->setMaximumHeight(70);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(rowButtons);
    layout->addWidget(m_comment);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Confirm factually correct"));

    const QList<Allocation> existing = invoice.allocations;
    if (existing.isEmpty())
        addRow(Allocation{{}, {}, invoice.payableAmount.value_or(Decimal())});
    for (const Allocation &a : existing)
        addRow(a);
    // A new row takes what is still unassigned, so a split into two needs one amount typed, not two.
    connect(add, &QPushButton::clicked, this, [this] {
        Allocation rest;
        if (m_invoice.payableAmount) {
            if (auto open = m_invoice.payableAmount->sub(sum()); open && *open > Decimal())
                rest.amount = *open;
        }
        addRow(rest);
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->rowCount() > 1)
            m_table->removeRow(m_table->currentRow() >= 0 ? m_table->currentRow() : m_table->rowCount() - 1);
        update();
    });
    connect(m_table, &QTableWidget::itemChanged, this, &AllocationDialog::update);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(560, 380);
    update();
}

std::optional<Decimal> AllocationDialog::parseAmount(const QString &text)
{
    return amounttext::parse(text);
}

void AllocationDialog::addRow(const Allocation &a)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(a.costCentre));
    m_table->setItem(row, 1, new QTableWidgetItem(a.budgetItem));
    auto *amount = new QTableWidgetItem(amounttext::format(a.amount));
    amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_table->setItem(row, 2, amount);
    update();
}

QList<Allocation> AllocationDialog::allocations() const
{
    QList<Allocation> result;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        auto cell = [&](int column) {
            return m_table->item(row, column) ? m_table->item(row, column)->text().trimmed() : QString();
        };
        result << Allocation{cell(0), cell(1), parseAmount(cell(2)).value_or(Decimal())};
    }
    return result;
}

QString AllocationDialog::comment() const
{
    return m_comment->toPlainText().trimmed();
}

Decimal AllocationDialog::sum() const
{
    Decimal total;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto *amount = m_table->item(row, 2);
        if (const auto value = amount ? parseAmount(amount->text()) : std::nullopt) {
            if (auto s = total.add(*value))
                total = *s;
        }
    }
    return total;
}

void AllocationDialog::update()
{
    const Decimal sum = this->sum();
    bool complete = m_table->rowCount() > 0;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto *centre = m_table->item(row, 0);
        const auto *item = m_table->item(row, 1);
        const auto *amount = m_table->item(row, 2);
        complete = complete && centre && !centre->text().trimmed().isEmpty() && item &&
                   !item->text().trimmed().isEmpty() && amount && parseAmount(amount->text());
    }
    const bool adds = !m_invoice.payableAmount || sum == *m_invoice.payableAmount;
    m_sum->setText(adds ? tr("Sum: %1").arg(InvoiceInboxModel::money(sum, m_invoice.currency))
                        : tr("<span style=\"color:#b00\">Sum: %1 of %2</span>")
                              .arg(InvoiceInboxModel::money(sum, m_invoice.currency),
                                   InvoiceInboxModel::money(m_invoice.payableAmount, m_invoice.currency)));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(complete && adds);
}

} // namespace amtsdesk::ui
