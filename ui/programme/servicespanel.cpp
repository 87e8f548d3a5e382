#include "programme/servicespanel.h"

#include "background.h"
#include "dialogs/filedialog.h"
#include "dialogs/formdialog.h"
#include "dialogs/messagebox.h"
#include "programme/catalogueimportdialog.h"
#include "programme/maturityedit.h"
#include "programme/programmepermissions.h"
#include "programme/programmetables.h"
#include "programme/servicedialog.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace amtsdesk::ui {

using programmetables::date;

namespace {

QString serviceName(const DistrictService &s)
{
    return s.catalogue.leikaName.isEmpty() ? s.catalogue.ozgName : s.catalogue.leikaName;
}

} // namespace

ServicesPanel::ServicesPanel(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_filter(new QLineEdit), m_mine(new QCheckBox(tr("Only my departments"))),
      m_table(programmetables::readOnly({tr("Service"), tr("OZG id"), tr("LeiKa key"), tr("Department"),
                                         tr("Sub-project"), tr("Status"), tr("Maturity now"), tr("Target"),
                                         tr("Go-live"), tr("Online service")})),
      m_summary(new QLabel),
      m_history(programmetables::readOnly({tr("Date"), tr("Maturity"), tr("By"), tr("Comment")})),
      m_maturityButton(new QPushButton(tr("Set &maturity…"))),
      m_importButton(new QPushButton(tr("&Import OZG catalogue…"))),
      m_offerButton(new QPushButton(tr("&Offer service…"))), m_editButton(new QPushButton(tr("&Edit service…"))),
      m_importState(new QLabel)
{
    m_filter->setPlaceholderText(tr("Filter by name, LeiKa key or OZG id"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter services"));
    m_table->setAccessibleName(tr("OZG services"));
    m_history->setAccessibleName(tr("Maturity history"));
    m_summary->setWordWrap(true);
    m_maturityButton->setToolTip(tr("Records the level the service reached; the earlier levels stay in its history"));
    m_importButton->setToolTip(tr("The OZG / LeiKa catalogue as CSV (leika_key, leika_name, leika_type, ozg_id, "
                                  "ozg_name, life_situation, topic); a re-import updates without duplicating"));
    m_offerButton->setToolTip(tr("A service of the catalogue that the district offers, with its department, "
                                 "sub-project, maturity and status"));
    m_editButton->setToolTip(tr("Department, sub-project, target, link, go-live and status of the selected service"));
    // Offered only to whom core lets do it; core checks again.
    m_importButton->setVisible(ProgrammePermissions::mayImportCatalogue(m_session.actor));
    bool mayOffer = ProgrammePermissions::mayMaintainServices(m_session.actor, DepartmentId());
    for (const DepartmentId d : m_session.actor.departments())
        mayOffer = mayOffer || ProgrammePermissions::mayMaintainServices(m_session.actor, d);
    m_offerButton->setEnabled(mayOffer);

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_filter, 1);
    controls->addWidget(m_mine);
    controls->addWidget(m_importState);
    controls->addWidget(m_importButton);
    controls->addWidget(m_offerButton);
    auto *lower = new QWidget;
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_summary, 1);
    actions->addWidget(m_editButton);
    actions->addWidget(m_maturityButton);
    lowerLayout->addLayout(actions);
    lowerLayout->addWidget(new QLabel(tr("<b>Maturity history</b> (oldest first)")));
    lowerLayout->addWidget(m_history, 1);
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_table);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(splitter, 1);

    connect(m_filter, &QLineEdit::textChanged, this, &ServicesPanel::reload);
    connect(m_mine, &QCheckBox::toggled, this, &ServicesPanel::reload);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ServicesPanel::showCurrent);
    connect(m_maturityButton, &QPushButton::clicked, this, &ServicesPanel::askMaturity);
    connect(m_importButton, &QPushButton::clicked, this, &ServicesPanel::askImport);
    connect(m_offerButton, &QPushButton::clicked, this, &ServicesPanel::openOffer);
    connect(m_editButton, &QPushButton::clicked, this, &ServicesPanel::openEdit);
}

void ServicesPanel::reload()
{
    const std::optional<DistrictService> before = current();
    ServiceFilter filter;
    filter.text = m_filter->text().trimmed();
    auto all = OzgServices(*m_session.db).services(filter);
    m_shown.clear();
    if (!all) {
        m_summary->setText(tr("The services cannot be read: %1").arg(all.error().message));
    } else {
        const QSet<DepartmentId> mine = m_session.actor.departments();
        for (const DistrictService &s : std::as_const(*all)) {
            if (!m_mine->isChecked() || mine.contains(s.department))
                m_shown << s;
        }
    }
    const QSignalBlocker block(m_table);
    m_table->setRowCount(int(m_shown.size()));
    for (int row = 0; row < m_shown.size(); ++row) {
        const DistrictService &s = m_shown.at(row);
        programmetables::setRow(m_table, row,
                                {serviceName(s), s.catalogue.ozgId, s.catalogue.leikaKey, s.departmentCode,
                                 s.subProjectCode, ProgrammeTerms::name(s.status), maturityText(s.now),
                                 maturityText(s.target), date(s.goLive), s.link});
        m_table->item(row, 0)->setToolTip(s.catalogue.ozgName);
    }
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(0, qMin(m_table->columnWidth(0), 380));
    if (!(before && select(before->id)) && !m_shown.isEmpty())
        m_table->selectRow(0);
    showCurrent();
}

bool ServicesPanel::select(DistrictServiceId id)
{
    return programmetables::selectFirst<DistrictService>(m_table, m_shown,
                                                         [&](const DistrictService &s) { return s.id == id; });
}

std::optional<DistrictService> ServicesPanel::current() const
{
    return programmetables::selected(m_table, m_shown);
}

void ServicesPanel::showCurrent()
{
    const std::optional<DistrictService> s = current();
    m_history->setRowCount(0);
    // Asked without side effects: looking at another department's service writes no refusal.
    const bool editable = s && ProgrammePermissions::mayMaintainServices(m_session.actor, s->department);
    m_maturityButton->setEnabled(editable);
    m_editButton->setEnabled(editable);
    if (!s) {
        m_summary->setText(m_shown.isEmpty() ? tr("No services to show.") : tr("Choose a service above."));
        return;
    }
    m_summary->setText(tr("<b>%1</b><br>%2 · OZG %3 · responsible: %4")
                           .arg(serviceName(*s).toHtmlEscaped(), s->catalogue.topic.toHtmlEscaped(),
                                s->catalogue.ozgId.toHtmlEscaped(), s->departmentCode.toHtmlEscaped()));
    auto steps = OzgServices(*m_session.db).history(s->id);
    if (!steps)
        return;
    m_history->setRowCount(int(steps->size()));
    for (int row = 0; row < steps->size(); ++row) {
        const MaturityStep &step = steps->at(row);
        programmetables::setRow(m_history, row,
                                {date(step.date), maturityText(step.maturity), step.actorName, step.comment});
    }
    m_history->resizeColumnsToContents();
}

void ServicesPanel::askMaturity()
{
    const std::optional<DistrictService> s = current();
    if (!s)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Maturity of %1").arg(serviceName(*s)));
    auto *maturity = new MaturityEdit(s->now);
    const QDate today = m_session.db->clock().today();
    auto *day = new QDateEdit(today);
    day->setCalendarPopup(true);
    day->setMaximumDate(today);
    auto *comment = new QLineEdit;
    comment->setPlaceholderText(tr("Optional, e.g. what went online"));
    auto *form = new QFormLayout(&dialog);
    form->addRow(new QLabel(tr("Now: %1 · target: %2").arg(maturityText(s->now), maturityText(s->target))));
    form->addRow(tr("Maturity:"), maturity);
    form->addRow(tr("Reached on:"), day);
    form->addRow(tr("Comment:"), comment);
    // OK records it; a refusal leaves the dialog open with what was entered.
    form->addRow(formdialog::saveOrCancel(
        dialog, [&] { return setMaturity(maturity->maturity(), day->date(), comment->text().trimmed()); }));
    dialog.exec();
}

bool ServicesPanel::setMaturity(const Maturity &maturity, QDate changedOn, const QString &comment)
{
    const std::optional<DistrictService> s = current();
    if (!s)
        return false;
    if (Status st = OzgServices(*m_session.db).setMaturity(m_session.actor, s->id, maturity, changedOn, comment); !st) {
        MessageBox::critical(this, tr("Set maturity"), st.error().message);
        return false;
    }
    reload();
    emit changed(tr("%1 now stands at maturity level %2.").arg(serviceName(*s)).arg(maturity.level));
    return true;
}

void ServicesPanel::askImport()
{
    const QString path = FileDialog::openFileName(this, tr("Import OZG catalogue"), QDir::homePath(),
                                                  tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        importCatalogue(path);
}

bool ServicesPanel::importCatalogue(const QString &path)
{
    if (m_importing || !ProgrammePermissions::mayImportCatalogue(m_session.actor))
        return false;
    m_importing = true;
    m_importButton->setEnabled(false);
    m_importState->setText(tr("Importing %1…").arg(QFileInfo(path).fileName()));
    const Actor actor = m_session.actor;
    // Thousands of rows in one transaction: on a worker thread with a connection of its own.
    runInBackground<CatalogueImport>(
        this, *m_session.db,
        [actor, path](Database &db) { return OzgServices(db).importCatalogueFile(actor, path); },
        [this, path](Result<CatalogueImport> result) {
            m_importing = false;
            m_importButton->setEnabled(true);
            m_importState->clear();
            if (!result) {
                MessageBox::critical(this, tr("Import OZG catalogue"), result.error().message);
                emit catalogueImported(false);
                return;
            }
            if (m_report)
                m_report->close();
            m_report = new CatalogueImportDialog(path, *result, this);
            m_report->setAttribute(Qt::WA_DeleteOnClose);
            m_report->open();
            reload();
            emit changed(tr("OZG catalogue imported: %1 added, %2 updated, %3 unchanged, %4 rejected.")
                             .arg(result->added)
                             .arg(result->updated)
                             .arg(result->unchanged)
                             .arg(result->rejected.size()));
            emit catalogueImported(true);
        });
    return true;
}

CatalogueImportDialog *ServicesPanel::lastImportReport() const
{
    return m_report;
}

ServiceDialog *ServicesPanel::openOffer()
{
    return openDialog(new ServiceDialog(m_session, this), tr("%1 is now offered."));
}

ServiceDialog *ServicesPanel::openEdit()
{
    const std::optional<DistrictService> s = current();
    if (!s || !ProgrammePermissions::mayMaintainServices(m_session.actor, s->department))
        return nullptr;
    return openDialog(new ServiceDialog(m_session, *s, this), tr("%1 saved."));
}

ServiceDialog *ServicesPanel::openDialog(ServiceDialog *dialog, const QString &message)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, message] {
        const DistrictServiceId id = dialog->savedId();
        const QString name = dialog->savedName();
        if (m_filter->text().isEmpty())
            reload();
        else
            m_filter->clear(); // reads the list again, now with the service saved in it
        select(id);
        emit changed(message.arg(name));
    });
    dialog->open();
    return dialog;
}

} // namespace amtsdesk::ui
