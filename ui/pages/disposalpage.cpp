#include "pages/disposalpage.h"

#include "background.h"
#include "dialogs/messagebox.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace amtsdesk::ui {

DisposalPage::DisposalPage(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_summary(new QLabel), m_table(new QTableWidget),
      m_request(new QPushButton(tr("&Request destruction…"))), m_approve(new QPushButton(tr("&Approve destruction…")))
{
    auto *title = new QLabel(tr("<h2>Disposal</h2>"));
    auto *explanation =
        new QLabel(tr("Closed files of your departments whose retention period has ended. Destroying a file "
                      "(Kassation) removes its cases, documents and notes for good; it needs a request and the "
                      "approval of a signatory of the department who did not ask for it. The audit trail keeps "
                      "which file was destroyed, by whom and on whose request."));
    explanation->setWordWrap(true);
    m_summary->setWordWrap(true);
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels({tr("Reference number"), tr("Subject"), tr("Department"), tr("Retention until"),
                                        tr("Documents"), tr("Destruction")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Files past their retention period"));
    auto *reloadButton = new QPushButton(tr("Re&load"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_request);
    buttons->addWidget(m_approve);
    buttons->addStretch(1);
    buttons->addWidget(reloadButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(explanation);
    layout->addLayout(buttons);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &DisposalPage::updateActions);
    connect(m_request, &QPushButton::clicked, this, &DisposalPage::requestDestruction);
    connect(m_approve, &QPushButton::clicked, this, &DisposalPage::approveDestruction);
    connect(reloadButton, &QPushButton::clicked, this, &DisposalPage::reload);
    reload();
}

void DisposalPage::reload()
{
    const int generation = ++m_generation;
    m_summary->setText(tr("Loading…"));
    const Actor actor = m_session.actor;
    runInBackground<Listing>(
        this, *m_session.db,
        [actor](Database &db) -> Result<Listing> {
            Disposal disposal(db);
            auto total = disposal.candidateCount(actor);
            if (!total)
                return total.error();
            auto candidates = disposal.candidates(actor, kShown);
            if (!candidates)
                return candidates.error();
            return Listing{*candidates, *total};
        },
        [this, generation](Result<Listing> listing) {
            // A newer reload may have started meanwhile; only its answer counts.
            if (generation == m_generation)
                show(listing);
        });
}

void DisposalPage::show(const Result<Listing> &listing)
{
    m_candidates = listing ? listing->candidates : QList<DisposalCandidate>();
    m_table->setRowCount(0);
    m_table->setRowCount(int(m_candidates.size()));
    int requested = 0;
    const QLocale locale;
    for (int row = 0; row < m_candidates.size(); ++row) {
        const DisposalCandidate &c = m_candidates.at(row);
        const QString destruction =
            c.requestId ? tr("asked for by %1: awaits approval").arg(c.requestedBy) : tr("not asked for");
        const QStringList cells{c.referenceNumber,
                                c.subject,
                                c.departmentCode,
                                locale.toString(c.retentionUntil, QLocale::ShortFormat),
                                locale.toString(c.documents),
                                destruction};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        requested += c.requestId ? 1 : 0;
    }
    m_table->resizeColumnsToContents();
    if (!listing)
        m_summary->setText(listing.error().message);
    else if (m_candidates.isEmpty())
        m_summary->setText(tr("No file of your departments is past its retention period."));
    else if (listing->total > m_candidates.size())
        m_summary->setText(tr("%n file(s) past the retention period; the %1 longest expired are listed.", nullptr,
                              listing->total)
                               .arg(locale.toString(m_candidates.size())));
    else
        m_summary->setText(tr("%n file(s) past the retention period", nullptr, int(m_candidates.size())) +
                           QStringLiteral(", ") + tr("%n awaiting approval.", nullptr, requested));
    updateActions();
    emit loaded(int(m_candidates.size()));
}

std::optional<DisposalCandidate> DisposalPage::selected() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= m_candidates.size())
        return std::nullopt;
    return m_candidates.at(rows.first().row());
}

void DisposalPage::updateActions()
{
    const auto c = selected();
    m_request->setEnabled(c && !c->requestId);
    m_approve->setEnabled(c && c->requestId);
}

void DisposalPage::requestDestruction()
{
    const auto c = selected();
    if (!c || c->requestId)
        return;
    if (MessageBox::question(
            this, tr("Request destruction"),
            tr("Ask for the destruction of %1 \"%2\" (%n document(s))? A signatory of the department decides.", nullptr,
               c->documents)
                .arg(c->referenceNumber, c->subject)) != QMessageBox::Yes)
        return;
    auto request = Disposal(*m_session.db).requestDestruction(m_session.actor, c->file);
    if (!request) {
        MessageBox::critical(this, tr("Destruction not requested"), request.error().message);
        return;
    }
    emit message(tr("The destruction of %1 is asked for; it awaits approval.").arg(c->referenceNumber));
    reload();
}

void DisposalPage::approveDestruction()
{
    const auto c = selected();
    if (!c || !c->requestId)
        return;
    if (MessageBox::question(
            this, tr("Approve destruction"),
            tr("Destroy %1 \"%2\" now, as %3 asked? Its cases and %n document(s) are removed for good; this "
               "cannot be undone.",
               nullptr, c->documents)
                .arg(c->referenceNumber, c->subject, c->requestedBy)) != QMessageBox::Yes)
        return;
    if (Status done = Disposal(*m_session.db).approveDestruction(m_session.actor, *c->requestId); !done) {
        MessageBox::critical(this, tr("File not destroyed"), done.error().message);
        return;
    }
    emit message(tr("%1 was destroyed.").arg(c->referenceNumber));
    reload();
}

} // namespace amtsdesk::ui
