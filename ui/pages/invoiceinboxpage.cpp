#include "pages/invoiceinboxpage.h"

#include "access/accessservice.h"
#include "background.h"
#include "common/settings.h"
#include "dialogs/allocationdialog.h"
#include "dialogs/filedialog.h"
#include "dialogs/leitwegdialog.h"
#include "dialogs/messagebox.h"
#include "dialogs/transitiondialog.h"
#include "efile/documentservice.h"
#include "inbox/inboxwatcher.h"
#include "invoice/inbox/invoiceexport.h"
#include "invoice/inbox/invoicenotice.h"
#include "models/invoiceinboxmodel.h"
#include "pdf/workerclient.h"
#include "workflow/workflowengine.h"

#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace amtsdesk::ui {

namespace {

QString date(QDate d)
{
    return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : QStringLiteral("–");
}

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td style=\"padding-right:12px\"><b>%1</b></td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value);
}

} // namespace

InvoiceInboxPage::InvoiceInboxPage(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(new InvoiceInboxModel(*session.db, session.actor, this)),
      m_view(new QTableView), m_details(new QTextBrowser), m_state(new QComboBox), m_department(new QComboBox),
      m_due(new QComboBox), m_validity(new QComboBox), m_search(new QLineEdit), m_count(new QLabel),
      m_steps(new QHBoxLayout), m_show(new QPushButton(tr("Show &invoice"))),
      m_route(new QPushButton(tr("R&oute to…"))), m_notice(new QPushButton(tr("Rejection &notice…")))
{
    setAcceptDrops(true);
    auto *title = new QLabel(tr("<h2>Invoice inbox</h2>"));
    auto *importButton = new QPushButton(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Import…"));
    importButton->setToolTip(tr("Takes XRechnung files and ZUGFeRD / Factur-X PDFs in; you can also drop them here"));
    m_watch = new QPushButton(tr("&Watch folder…"));
    m_watch->setToolTip(tr("Takes in every e-invoice that arrives in a folder (from an e-mail gateway or the "
                           "invoice portal), while Amtsdesk runs"));
    auto *top = new QHBoxLayout;
    top->addWidget(title, 1);
    top->addWidget(importButton);
    top->addWidget(m_watch);
    const Actor &actor = session.actor;
    if (actor.hasRole(Role::PaymentApprover) || actor.hasRole(Role::InvoiceChecker) ||
        actor.hasRole(Role::Administrator)) {
        auto *exportButton = new QPushButton(tr("&Hand over to finance…"));
        exportButton->setToolTip(tr("Writes every invoice whose payment was ordered as a CSV with the original files "
                                    "into the finance software's folder, and files them in the e-file"));
        top->addWidget(exportButton);
        connect(exportButton, &QPushButton::clicked, this, &InvoiceInboxPage::chooseExport);
    }
    if (actor.hasRole(Role::Administrator)) {
        auto *routes = new QPushButton(tr("&Leitweg-IDs…"));
        top->addWidget(routes);
        connect(routes, &QPushButton::clicked, this, [this] {
            LeitwegDialog dialog(*m_session.db, m_session.actor, this);
            dialog.exec();
        });
    }

    m_state->addItem(tr("All states"), QString());
    m_state->addItem(tr("Open"), QStringLiteral("*open"));
    if (auto def = WorkflowRegistry(*session.db).current(InvoiceInbox::kItemType)) {
        for (const WorkflowState &s : def->states())
            m_state->addItem(s.labels.text(s.key), s.key);
    }
    m_state->setCurrentIndex(1);
    m_department->addItem(tr("All departments"), QString());
    m_department->addItem(tr("Central intake queue"), QStringLiteral("-"));
    if (auto departments = AccessService(*session.db).departments()) {
        for (const Department &d : std::as_const(*departments)) {
            if (InvoiceInbox::seesAll(actor) || actor.departments().contains(d.id))
                m_department->addItem(QStringLiteral("%1 – %2").arg(d.code, d.name), d.code);
        }
    }
    m_due->addItem(tr("Any due date"), -1);
    m_due->addItem(tr("Overdue"), 0);
    m_due->addItem(tr("Due within 7 days"), 7);
    m_due->addItem(tr("Due within 30 days"), 30);
    m_validity->addItem(tr("Valid and not valid"), 0);
    m_validity->addItem(tr("Valid"), 1);
    m_validity->addItem(tr("Not valid or unreadable"), 2);
    m_search->setPlaceholderText(tr("Number, seller, Leitweg-ID…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(140);
    for (auto [box, name] : {std::pair{m_state, tr("State")}, std::pair{m_department, tr("Department")},
                             std::pair{m_due, tr("Due")}, std::pair{m_validity, tr("Check")}}) {
        box->setAccessibleName(name);
        // Long department names must not make the page wider than a 1366-pixel office screen.
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(box == m_department ? 18 : 10);
        box->view()->setMinimumWidth(box->view()->sizeHintForColumn(0) + 24);
    }
    m_search->setAccessibleName(tr("Search invoices"));
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_state);
    filters->addWidget(m_department);
    filters->addWidget(m_due);
    filters->addWidget(m_validity);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_count);

    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicator(InvoiceInboxModel::Due, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(InvoiceInboxModel::Seller, QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(InvoiceInboxModel::Seller, 190);
    m_view->horizontalHeader()->setMinimumSectionSize(60);
    m_view->setAccessibleName(tr("Invoices"));
    m_details->setOpenLinks(false);
    m_details->setAccessibleName(tr("The selected invoice"));
    auto *detailButtons = new QHBoxLayout;
    detailButtons->addWidget(m_show);
    detailButtons->addWidget(m_route);
    detailButtons->addWidget(m_notice);
    detailButtons->addStretch();
    auto *stepsLabel = new QLabel(tr("Steps:"));
    auto *stepsRow = new QHBoxLayout;
    stepsRow->addWidget(stepsLabel);
    stepsRow->addLayout(m_steps);
    stepsRow->addStretch();
    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_details, 1);
    rightLayout->addLayout(stepsRow);
    rightLayout->addLayout(detailButtons);
    auto *splitter = new QSplitter;
    splitter->addWidget(m_view);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({780, 420});
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);

    auto *typing = new QTimer(this);
    typing->setSingleShot(true);
    typing->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, typing, qOverload<>(&QTimer::start));
    connect(typing, &QTimer::timeout, this, &InvoiceInboxPage::reload);
    for (QComboBox *box : {m_state, m_department, m_due, m_validity})
        connect(box, &QComboBox::currentIndexChanged, this, &InvoiceInboxPage::reload);
    connect(importButton, &QPushButton::clicked, this, &InvoiceInboxPage::chooseImport);
    connect(m_watch, &QPushButton::clicked, this, [this] {
        if (m_watcher && m_watcher->isWatching()) {
            watchFolder({});
            return;
        }
        const QString folder = FileDialog::existingDirectory(
            this, tr("Folder of arriving e-invoices"), QStandardPaths::writableLocation(QStandardPaths::HomeLocation));
        if (!folder.isEmpty())
            watchFolder(folder);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &InvoiceInboxPage::showSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, &InvoiceInboxPage::showSelected);
    connect(m_show, &QPushButton::clicked, this, [this] {
        const auto r = selected();
        if (!r)
            return;
        auto path = InvoiceInbox(*m_session.db).originalPath(m_session.actor, r->id);
        if (!path) {
            MessageBox::critical(this, tr("Show invoice"), path.error().message);
            return;
        }
        emit openInvoiceFile(*path, r->fileName);
    });
    connect(m_route, &QPushButton::clicked, this, &InvoiceInboxPage::routeSelected);
    connect(m_notice, &QPushButton::clicked, this, [this] {
        const auto r = selected();
        if (!r)
            return;
        const QString path = FileDialog::saveFileName(
            this, tr("Save rejection notice"),
            QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                .filePath(tr("Rejection %1.pdf").arg(DocumentService::safeFileName(r->number))),
            tr("PDF/A (*.pdf);;Text (*.txt)"));
        if (!path.isEmpty() && saveRejectionNotice(path))
            emit message(tr("Rejection notice saved: %1").arg(QDir::toNativeSeparators(path)));
    });
    reload();
    // Watching goes on where it was left, if it was this store's.
    const QString watched = settings::invoiceFolder.value();
    if (!watched.isEmpty() && settings::invoiceFolderStore.value() == m_session.db->path())
        watchFolder(watched);
}

bool InvoiceInboxPage::watchFolder(const QString &folder, int intervalMs, int settleSeconds)
{
    if (folder.isEmpty()) {
        if (m_watcher)
            m_watcher->stop();
        settings::invoiceFolder.reset();
        settings::invoiceFolderStore.reset();
        m_watch->setText(tr("&Watch folder…"));
        emit message(tr("The invoice folder is no longer watched."));
        return true;
    }
    if (!QDir(folder).exists())
        return false;
    if (!m_watcher) {
        m_watcher = new InboxWatcher(m_session.db->path(), m_session.actor, this);
        connect(m_watcher, &InboxWatcher::imported, this, [this](const ImportSummary &summary) {
            reload();
            showImported(summary, tr("Invoice folder"));
        });
        connect(m_watcher, &InboxWatcher::failed, this, [this](const QString &problem) {
            m_watch->setText(tr("&Watch folder…"));
            MessageBox::critical(this, tr("Invoice folder no longer watched"), problem);
        });
    }
    m_watcher->startInvoices(folder, intervalMs, settleSeconds);
    settings::invoiceFolder.setValue(folder);
    settings::invoiceFolderStore.setValue(m_session.db->path());
    m_watch->setText(tr("Stop watching %1").arg(QDir::toNativeSeparators(folder)));
    emit message(tr("Watching %1 for e-invoices.").arg(QDir::toNativeSeparators(folder)));
    return true;
}

InvoiceFilter InvoiceInboxPage::currentFilter() const
{
    InvoiceFilter f = m_model->filter();
    const QString state = m_state->currentData().toString();
    f.openOnly = state == QStringLiteral("*open");
    f.state = f.openOnly ? QString() : state;
    f.departmentCode = m_department->currentData().toString();
    const int days = m_due->currentData().toInt();
    const QDate today = m_session.db->clock().today();
    f.dueBy = days < 0 ? QDate() : (days == 0 ? today.addDays(-1) : today.addDays(days));
    const int validity = m_validity->currentData().toInt();
    f.valid = validity == 0 ? std::nullopt : std::optional<bool>(validity == 1);
    f.text = m_search->text();
    return f;
}

void InvoiceInboxPage::reload()
{
    const auto before = selected();
    if (!m_model->load(currentFilter())) {
        m_count->setText(m_model->lastError());
        return;
    }
    m_count->setText(tr("%n invoice(s)", nullptr, m_model->total()));
    if (before)
        select(before->id);
}

void InvoiceInboxPage::select(InvoiceId id)
{
    int row = m_model->rowOf(id);
    while (row < 0 && m_model->canFetchMore({})) {
        m_model->fetchMore({});
        row = m_model->rowOf(id);
    }
    if (row >= 0)
        m_view->selectRow(row);
}

std::optional<InvoiceRecord> InvoiceInboxPage::selected() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= m_model->rowCount())
        return std::nullopt;
    return m_model->record(rows.first().row());
}

QStringList InvoiceInboxPage::stepLabels() const
{
    return m_stepLabels;
}

void InvoiceInboxPage::showSelected()
{
    const auto r = selected();
    m_show->setEnabled(r.has_value());
    m_route->setVisible(
        r && (m_session.actor.hasRole(Role::InvoiceChecker) || m_session.actor.hasRole(Role::Administrator)) &&
        (r->state == QStringLiteral("received") || r->state == QStringLiteral("checked")));
    m_notice->setVisible(r && r->state == QStringLiteral("rejected"));
    if (!r) {
        m_details->setHtml(m_model->total() == 0
                               ? tr("<p>No invoice here. Drop XRechnung files or ZUGFeRD PDFs on this page, or use "
                                    "<i>Import…</i>.</p>")
                               : tr("<p>Select an invoice to see it and its steps.</p>"));
        rebuildSteps(InvoiceRecord{});
        return;
    }
    // Fresh from the store: a colleague may have moved it meanwhile.
    auto fresh = InvoiceInbox(*m_session.db).invoice(m_session.actor, r->id);
    const InvoiceRecord &record = fresh ? *fresh : *r;
    m_details->setHtml(detailsHtml(record));
    rebuildSteps(record);
}

QString InvoiceInboxPage::detailsHtml(const InvoiceRecord &r) const
{
    QString html =
        QStringLiteral("<h3>%1</h3>")
            .arg(tr("Invoice %1 – %2").arg(r.number.isEmpty() ? r.fileName : r.number, r.sellerName).toHtmlEscaped());
    if (!r.readable())
        html += QStringLiteral("<p style=\"color:#b00\"><b>%1</b> %2</p>")
                    .arg(tr("Not readable as an e-invoice:").toHtmlEscaped(), r.readError.toHtmlEscaped());
    if (r.duplicateOf)
        html += QStringLiteral("<p style=\"color:#b04000\"><b>%1</b> %2</p>")
                    .arg(tr("Possible duplicate:").toHtmlEscaped(), r.duplicateWhy.toHtmlEscaped());
    html += QStringLiteral("<table>");
    html += row(tr("State"), r.stateLabel.toHtmlEscaped());
    html +=
        row(tr("Department"), r.departmentCode.isEmpty()
                                  ? tr("central intake queue").toHtmlEscaped()
                                  : QStringLiteral("%1 – %2").arg(r.departmentCode, r.departmentName).toHtmlEscaped());
    html += row(tr("Leitweg-ID"), r.leitwegId.toHtmlEscaped());
    html += row(tr("Invoice date"), date(r.issueDate));
    html += row(tr("Amount due"), InvoiceInboxModel::money(r.payableAmount, r.currency).toHtmlEscaped());
    html += row(tr("Due"), date(r.dueDate) + (r.dueSource == QStringLiteral("default")
                                                  ? tr(" (none given: 30 days after the invoice date)").toHtmlEscaped()
                                                  : QString()));
    if (r.skontoDate.isValid())
        html += row(tr("Skonto"), tr("%1 % = %2 until %3")
                                      .arg(InvoiceInboxModel::money(r.skontoPercent, {}),
                                           InvoiceInboxModel::money(r.skontoAmount, r.currency), date(r.skontoDate))
                                      .toHtmlEscaped());
    html += row(tr("IBAN"), r.iban.toHtmlEscaped());
    html += row(tr("Received"), tr("%1 by %2 (%3)")
                                    .arg(QLocale().toString(r.receivedAt.toLocalTime(), QLocale::ShortFormat),
                                         r.receivedByName, r.fileName)
                                    .toHtmlEscaped());
    for (const Allocation &a : r.allocations)
        html += row(tr("Assigned"), tr("cost centre %1, budget item %2: %3")
                                        .arg(a.costCentre, a.budgetItem, InvoiceInboxModel::money(a.amount, r.currency))
                                        .toHtmlEscaped());
    html += QStringLiteral("</table>");

    // Who did what: the one releasing the payment sees who confirmed it before them.
    if (auto history = WorkflowEngine(*m_session.db).history(r.workflowItem); history && history->size() > 1) {
        html += QStringLiteral("<h4>%1</h4><table cellpadding=\"1\">").arg(tr("Steps so far").toHtmlEscaped());
        for (const WorkflowHistoryEntry &h : std::as_const(*history)) {
            if (h.transition.isEmpty())
                continue;
            const QString who = h.onBehalfOf ? tr("%1 i.V. %2").arg(h.actorName, h.onBehalfOfName) : h.actorName;
            QString text = tr("%1 by %2").arg(h.transitionLabel, who).toHtmlEscaped();
            if (!h.comment.isEmpty())
                text += QStringLiteral("<br><i>%1</i>").arg(h.comment.toHtmlEscaped());
            html += QStringLiteral("<tr><td valign=\"top\">%1</td><td>%2</td></tr>")
                        .arg(QLocale().toString(h.at.toLocalTime(), QLocale::ShortFormat).toHtmlEscaped(), text);
        }
        html += QStringLiteral("</table>");
    }

    if (r.readable()) {
        auto check = InvoiceInbox(*m_session.db).recalculation(m_session.actor, r.id, &m_worker);
        if (check) {
            html += QStringLiteral("<h4>%1</h4><table cellpadding=\"2\"><tr><th align=\"left\">%2</th><th "
                                   "align=\"right\">%3</th><th align=\"right\">%4</th><th></th></tr>")
                        .arg(tr("Arithmetic check").toHtmlEscaped(), tr("Total").toHtmlEscaped(),
                             tr("Invoice").toHtmlEscaped(), tr("Recalculated").toHtmlEscaped());
            for (const RecalculatedTotal &t : std::as_const(check->totals)) {
                const bool ok = t.agrees();
                html += QStringLiteral("<tr><td>%1 (%2)</td><td align=\"right\">%3</td><td align=\"right\">%4</td>"
                                       "<td style=\"color:%5\">%6</td></tr>")
                            .arg(t.label.toHtmlEscaped(), t.term, InvoiceInboxModel::money(t.stated, {}),
                                 InvoiceInboxModel::money(t.computed, {}),
                                 ok ? QStringLiteral("#070") : QStringLiteral("#b00"),
                                 ok ? QStringLiteral("✓") : tr("differs").toHtmlEscaped());
            }
            html += QStringLiteral("</table>");
        }
    }
    auto findings = InvoiceInbox(*m_session.db).findings(m_session.actor, r.id);
    if (findings && !findings->isEmpty()) {
        html += QStringLiteral("<h4>%1</h4><ul>")
                    .arg(tr("Findings (%1 errors, %2 warnings)").arg(r.errors).arg(r.warnings));
        int shown = 0;
        for (const Finding &f : std::as_const(*findings)) {
            if (++shown > 30) {
                html += QStringLiteral("<li>%1</li>").arg(tr("… and %n more", nullptr, int(findings->size()) - 30));
                break;
            }
            const QString colour = f.severity == FindingSeverity::Fatal     ? QStringLiteral("#b00")
                                   : f.severity == FindingSeverity::Warning ? QStringLiteral("#b04000")
                                                                            : QStringLiteral("#555");
            html += QStringLiteral("<li><span style=\"color:%1\">[%2]</span> %3</li>")
                        .arg(colour, f.rule.toHtmlEscaped(), f.message.toHtmlEscaped());
        }
        html += QStringLiteral("</ul>");
    }
    return html;
}

void InvoiceInboxPage::rebuildSteps(const InvoiceRecord &record)
{
    while (QLayoutItem *item = m_steps->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_stepLabels.clear();
    if (!record.id.isValid())
        return;
    WorkflowEngine engine(*m_session.db);
    auto item = engine.item(record.workflowItem);
    if (!item)
        return;
    auto def = engine.definitionOf(*item);
    auto taken = engine.takenBy({item->id.value});
    if (!def || !taken)
        return;
    // Every step a person could take from here is shown; one this person may not take says why
    // on hover, and is refused with the reason when pressed.
    for (const WorkflowTransition *t : def->transitionsFrom(item->state)) {
        if (t->system)
            continue;
        const QString label = t->labels.text(t->key);
        auto *button = new QPushButton(label);
        const Status may = engine.mayTake(m_session.actor, *item, *t, taken->value(item->id.value));
        if (!may) {
            button->setToolTip(may.error().message);
            button->setStyleSheet(QStringLiteral("color: palette(mid)"));
        }
        const QString key = t->key;
        connect(button, &QPushButton::clicked, this, [this, key] { requestStep(key); });
        m_steps->addWidget(button);
        m_stepLabels << label;
    }
}

bool InvoiceInboxPage::takeStep(const QString &transition, const QString &comment, const QJsonObject &fields)
{
    const auto r = selected();
    if (!r)
        return false;
    if (Status s = InvoiceInbox(*m_session.db).take(m_session.actor, r->id, transition, comment, fields, r->rowVersion);
        !s) {
        MessageBox::critical(this, tr("Step refused"), s.error().message);
        reload();
        return false;
    }
    reload();
    const auto now = InvoiceInbox(*m_session.db).invoice(m_session.actor, r->id);
    emit message(tr("Invoice %1: now \"%2\".").arg(r->number, now ? now->stateLabel : transition));
    return true;
}

void InvoiceInboxPage::requestStep(const QString &transition)
{
    const auto r = selected();
    if (!r)
        return;
    WorkflowEngine engine(*m_session.db);
    auto item = engine.item(r->workflowItem);
    auto def = item ? engine.definitionOf(*item) : Result<WorkflowDefinition>(item.error());
    auto taken = engine.takenBy({r->workflowItem.value});
    const WorkflowTransition *t = def ? def->transition(transition) : nullptr;
    if (!item || !t || !taken)
        return;
    // Refused before anything is asked: who may not take the step learns why at once.
    if (Status may = engine.mayTake(m_session.actor, *item, *t, taken->value(item->id.value)); !may) {
        MessageBox::critical(this, tr("Step refused"), may.error().message);
        return;
    }
    if (transition == QStringLiteral("approve_factually")) {
        AllocationDialog dialog(*r, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        takeStep(transition, dialog.comment(), InvoiceInbox::allocationFields(dialog.allocations()));
        return;
    }
    Task task;
    task.title = item->title;
    task.kind = def->label();
    const TaskAction action{t->key, t->labels.text(t->key), t->commentRequired, t->requiredFields};
    TransitionDialog dialog(task, action, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (takeStep(transition, dialog.comment(), dialog.fields()) && transition == QStringLiteral("reject") &&
        MessageBox::question(this, tr("Invoice rejected"),
                             tr("Save the rejection notice for the seller as a PDF now?")) == QMessageBox::Yes)
        m_notice->click();
}

bool InvoiceInboxPage::saveRejectionNotice(const QString &path)
{
    const auto r = selected();
    if (!r)
        return false;
    auto notice = InvoiceNotices::rejection(*m_session.db, m_session.actor, r->id);
    Status written = notice ? notice->write(path) : Status(notice.error());
    if (!written)
        MessageBox::critical(this, tr("Save rejection notice"), written.error().message);
    return written.ok();
}

void InvoiceInboxPage::routeSelected()
{
    const auto r = selected();
    if (!r)
        return;
    QStringList names;
    QStringList codes;
    for (int i = 2; i < m_department->count(); ++i) {
        names << m_department->itemText(i);
        codes << m_department->itemData(i).toString();
    }
    bool ok = false;
    const QString chosen =
        QInputDialog::getItem(this, tr("Route invoice"), tr("Department that ordered:"), names, 0, false, &ok);
    if (!ok)
        return;
    if (Status s = InvoiceInbox(*m_session.db).route(m_session.actor, r->id, codes.value(names.indexOf(chosen))); !s) {
        MessageBox::critical(this, tr("Route invoice"), s.error().message);
        return;
    }
    reload();
}

void InvoiceInboxPage::chooseImport()
{
    const QStringList paths = FileDialog::openFileNames(
        this, tr("Import e-invoices"), QStandardPaths::writableLocation(QStandardPaths::DownloadLocation),
        tr("E-invoices (*.xml *.pdf);;All files (*)"));
    if (!paths.isEmpty())
        importFiles(paths);
}

void InvoiceInboxPage::importFiles(const QStringList &paths)
{
    emit message(tr("Taking in %n invoice(s)…", nullptr, int(paths.size())));
    const Actor actor = m_session.actor;
    runInBackground<ImportSummary>(
        this, *m_session.db,
        [actor, paths](Database &db) -> Result<ImportSummary> {
            PdfWorker worker;
            return InvoiceInbox(db).importFiles(actor, paths, InvoiceChannel::Gui, &worker);
        },
        [this](Result<ImportSummary> summary) {
            reload();
            if (!summary) {
                MessageBox::critical(this, tr("Import e-invoices"), summary.error().message);
                return;
            }
            showImported(*summary, tr("Import"));
        });
}

void InvoiceInboxPage::showImported(const ImportSummary &summary, const QString &how)
{
    const QStringList lines = summary.describe();
    emit message(QStringLiteral("%1: %2").arg(how, lines.size() > 1 ? lines.at(1) : lines.first()));
    emit imported(lines);
    if (!summary.failed.isEmpty())
        MessageBox::information(this, tr("Import e-invoices"), lines.join(QLatin1Char('\n')));
}

void InvoiceInboxPage::chooseExport()
{
    QString start = settings::financeFolder.value();
    if (start.isEmpty() || !QFileInfo(start).isDir())
        start = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString folder = FileDialog::existingDirectory(this, tr("Folder of the finance software"), start);
    if (folder.isEmpty())
        return;
    settings::financeFolder.setValue(folder);
    exportTo(folder);
}

void InvoiceInboxPage::exportTo(const QString &folder)
{
    const Actor actor = m_session.actor;
    runInBackground<InvoiceExportResult>(
        this, *m_session.db,
        [actor, folder](Database &db) -> Result<InvoiceExportResult> {
            PdfWorker worker;
            return InvoiceExport(db).exportReleased(actor, folder, &worker);
        },
        [this](Result<InvoiceExportResult> r) {
            reload();
            if (!r) {
                MessageBox::critical(this, tr("Hand over to finance"), r.error().message);
                return;
            }
            if (r->exported.isEmpty()) {
                MessageBox::information(this, tr("Hand over to finance"),
                                        tr("No invoice is waiting to be handed over: none has its payment ordered "
                                           "and unexported."));
                return;
            }
            QString text = tr("%n invoice(s) handed over in %1.", nullptr, int(r->exported.size()))
                               .arg(QDir::toNativeSeparators(r->csvPath));
            if (!r->archiveErrors.isEmpty())
                text += QStringLiteral("\n\n") + tr("Not filed in the e-file yet:") + QLatin1Char('\n') +
                        r->archiveErrors.join(QLatin1Char('\n'));
            else
                text += QLatin1Char(' ') + tr("All are filed in the e-file.");
            emit exported(text);
            MessageBox::information(this, tr("Hand over to finance"), text);
        });
}

void InvoiceInboxPage::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void InvoiceInboxPage::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            paths << url.toLocalFile();
    }
    if (!paths.isEmpty()) {
        event->acceptProposedAction();
        importFiles(paths);
    }
}

} // namespace amtsdesk::ui
