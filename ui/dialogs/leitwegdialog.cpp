#include "dialogs/leitwegdialog.h"

#include "access/accessservice.h"
#include "dialogs/messagebox.h"
#include "invoice/inbox/invoiceinbox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace amtsdesk::ui {

LeitwegDialog::LeitwegDialog(Database &db, const Actor &actor, QWidget *parent)
    : QDialog(parent), m_db(db), m_actor(actor), m_table(new QTableWidget(0, 3)), m_leitweg(new QLineEdit),
      m_department(new QComboBox)
{
    setWindowTitle(tr("Leitweg-IDs"));
    auto *intro = new QLabel(tr("Invoices are routed by their Leitweg-ID (BT-10) to the department that ordered; "
                                "invoices with an unknown one wait in the central intake queue."));
    intro->setWordWrap(true);
    m_table->setHorizontalHeaderLabels({tr("Leitweg-ID"), tr("Department"), tr("Name")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAccessibleName(tr("Leitweg-IDs"));
    m_leitweg->setPlaceholderText(tr("e.g. 05315-12345-67"));
    m_leitweg->setAccessibleName(tr("Leitweg-ID"));
    m_department->setAccessibleName(tr("Department"));
    if (auto departments = AccessService(db).departments()) {
        for (const Department &d : std::as_const(*departments)) {
            if (d.active)
                m_department->addItem(QStringLiteral("%1 – %2").arg(d.code, d.name), d.code);
        }
    }
    auto *save = new QPushButton(tr("&Save route"));
    auto *remove = new QPushButton(tr("&Remove selected"));
    auto *edit = new QHBoxLayout;
    edit->addWidget(m_leitweg);
    edit->addWidget(m_department, 1);
    edit->addWidget(save);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(remove, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(edit);
    layout->addWidget(buttons);
    connect(save, &QPushButton::clicked, this, &LeitwegDialog::save);
    connect(remove, &QPushButton::clicked, this, &LeitwegDialog::removeSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row < 0)
            return;
        m_leitweg->setText(m_table->item(row, 0)->text());
        m_department->setCurrentIndex(m_department->findData(m_table->item(row, 1)->text()));
    });
    resize(620, 420);
    reload();
}

void LeitwegDialog::reload()
{
    auto routes = InvoiceInbox(m_db).routes();
    if (!routes) {
        MessageBox::critical(this, windowTitle(), routes.error().message);
        return;
    }
    m_table->setRowCount(0);
    for (const LeitwegRoute &r : std::as_const(*routes)) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(r.leitwegId));
        m_table->setItem(row, 1, new QTableWidgetItem(r.departmentCode));
        m_table->setItem(row, 2, new QTableWidgetItem(r.departmentName));
    }
}

void LeitwegDialog::save()
{
    if (Status s = InvoiceInbox(m_db).setRoute(m_actor, m_leitweg->text(), m_department->currentData().toString());
        !s) {
        MessageBox::critical(this, windowTitle(), s.error().message);
        return;
    }
    m_leitweg->clear();
    reload();
}

void LeitwegDialog::removeSelected()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    if (Status s = InvoiceInbox(m_db).removeRoute(m_actor, m_table->item(row, 0)->text()); !s) {
        MessageBox::critical(this, windowTitle(), s.error().message);
        return;
    }
    reload();
}

} // namespace amtsdesk::ui
