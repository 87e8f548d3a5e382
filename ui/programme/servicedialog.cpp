#include "programme/servicedialog.h"

#include "dialogs/formdialog.h"
#include "dialogs/messagebox.h"
#include "dialogs/optionaldateedit.h"
#include "programme/maturityedit.h"
#include "programme/programmechoices.h"
#include "programme/programmepermissions.h"
#include "programme/programmetables.h"
#include "programme/subprojects.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QVBoxLayout>

namespace amtsdesk::ui {

namespace {

constexpr int kFound = 50;

QString entryName(const CatalogueEntry &e)
{
    return e.leikaName.isEmpty() ? e.ozgName : e.leikaName;
}

} // namespace

ServiceDialog::ServiceDialog(Session &session, QWidget *parent) : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("Offer service"));
    m_search = new QLineEdit;
    m_search->setPlaceholderText(tr("Name, LeiKa key or OZG id, e.g. Wohngeld or 99108"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Find in the OZG catalogue"));
    m_catalogue = programmetables::readOnly(
        {tr("Service (LeiKa)"), tr("LeiKa key"), tr("OZG id"), tr("OZG service"), tr("Offered by")});
    m_catalogue->setAccessibleName(tr("OZG catalogue"));
    m_found = new QLabel;
    build();
    m_target->setMaturity(ServiceDraft().target);
    programmechoices::selectData(m_department, m_session.actor.department.value);
    connect(m_search, &QLineEdit::textChanged, this, &ServiceDialog::search);
    search(QString());
}

ServiceDialog::ServiceDialog(Session &session, const DistrictService &service, QWidget *parent)
    : QDialog(parent), m_session(session), m_editing(service)
{
    setWindowTitle(tr("Service: %1").arg(entryName(service.catalogue)));
    build();
    programmechoices::selectData(m_department, service.department.value);
    if (service.subProject)
        programmechoices::selectData(m_subProject, service.subProject->value);
    m_target->setMaturity(service.target);
    m_link->setText(service.link);
    m_goLive->setDate(service.goLive);
    programmechoices::selectData(m_status, int(service.status));
}

void ServiceDialog::build()
{
    m_department = new QComboBox;
    m_subProject = new QComboBox;
    m_status = new QComboBox;
    m_now = new MaturityEdit(Maturity{});
    m_target = new MaturityEdit(Maturity{});
    m_link = new QLineEdit;
    m_goLive = new OptionalDateEdit(m_session.db->clock().today());
    const DepartmentId current = m_editing ? m_editing->department : DepartmentId();
    programmechoices::addDepartments(m_department, *m_session.db, [&](DepartmentId id) {
        return id == current || ProgrammePermissions::mayMaintainServices(m_session.actor, id);
    });
    m_subProject->addItem(tr("none"), QVariant());
    if (auto subProjects = SubProjects(*m_session.db).list(); subProjects) {
        for (const SubProject &s : std::as_const(*subProjects))
            m_subProject->addItem(s.code + QStringLiteral(" ") + s.title, s.id.value);
    }
    for (const ServiceStatus s : ProgrammeTerms::serviceStatuses())
        m_status->addItem(ProgrammeTerms::name(s), int(s));
    m_link->setPlaceholderText(QStringLiteral("https://…"));
    m_goLive->setAccessibleName(tr("Go-live"));

    auto *layout = new QVBoxLayout(this);
    if (m_editing) {
        const CatalogueEntry &e = m_editing->catalogue;
        auto *what =
            new QLabel(tr("<b>%1</b><br>LeiKa %2 · OZG %3 %4<br>Maturity now: %5 (changed with \"Set "
                          "maturity…\", which keeps the history)")
                           .arg(entryName(e).toHtmlEscaped(), e.leikaKey.toHtmlEscaped(), e.ozgId.toHtmlEscaped(),
                                e.ozgName.toHtmlEscaped(), maturityText(m_editing->now)));
        what->setWordWrap(true);
        layout->addWidget(what);
        m_now->hide();
    } else {
        auto *find = new QLabel(tr("&Find in the OZG catalogue:"));
        find->setBuddy(m_search);
        layout->addWidget(find);
        layout->addWidget(m_search);
        layout->addWidget(m_catalogue, 1);
        layout->addWidget(m_found);
    }
    auto *form = new QFormLayout;
    form->addRow(tr("&Responsible department:"), m_department);
    form->addRow(tr("Sub-&project:"), m_subProject);
    if (!m_editing)
        form->addRow(tr("Maturity &now:"), m_now);
    form->addRow(tr("&Target maturity:"), m_target);
    form->addRow(tr("Online service &link:"), m_link);
    form->addRow(tr("&Go-live:"), m_goLive);
    form->addRow(tr("&Status:"), m_status);
    layout->addLayout(form);
    m_buttons = formdialog::saveOrCancel(*this, [this] { return save(); });
    layout->addWidget(m_buttons);
    if (m_editing)
        resize(600, sizeHint().height());
    else
        resize(820, 640);
}

void ServiceDialog::search(const QString &text)
{
    if (!m_catalogue)
        return;
    OzgServices services(*m_session.db);
    auto found = services.findInCatalogue(text, kFound);
    m_entries = found ? *found : QList<CatalogueEntry>{};
    // Which of them the district offers already, and by whom: offering one twice is refused.
    QHash<qint64, QString> offeredBy;
    if (auto offered = services.services(); offered) {
        for (const DistrictService &s : std::as_const(*offered))
            offeredBy.insert(s.catalogue.id, s.departmentCode);
    }
    m_catalogue->setRowCount(int(m_entries.size()));
    for (int row = 0; row < m_entries.size(); ++row) {
        const CatalogueEntry &e = m_entries.at(row);
        programmetables::setRow(m_catalogue, row,
                                {entryName(e), e.leikaKey, e.ozgId, e.ozgName, offeredBy.value(e.id)});
    }
    m_catalogue->resizeColumnsToContents();
    m_catalogue->setColumnWidth(0, qMin(m_catalogue->columnWidth(0), 340));
    if (!m_entries.isEmpty())
        m_catalogue->selectRow(0);
    const int size = services.catalogueSize().valueOr(0);
    if (!found)
        m_found->setText(tr("The catalogue cannot be read: %1").arg(found.error().message));
    else if (size == 0)
        m_found->setText(tr("The OZG catalogue is empty: the programme manager imports it first."));
    else if (m_entries.size() >= kFound)
        m_found->setText(tr("The first %1 matches of %2 services in the catalogue; type more to narrow them.")
                             .arg(kFound)
                             .arg(size));
    else
        m_found->setText(tr("%n match(es) in the catalogue.", nullptr, int(m_entries.size())));
}

std::optional<CatalogueEntry> ServiceDialog::chosenEntry() const
{
    if (m_editing)
        return m_editing->catalogue;
    return programmetables::selected(m_catalogue, m_entries);
}

QString ServiceDialog::savedName() const
{
    const std::optional<CatalogueEntry> e = chosenEntry();
    return e ? entryName(*e) : QString();
}

bool ServiceDialog::save()
{
    const std::optional<CatalogueEntry> entry = chosenEntry();
    if (!entry) {
        MessageBox::critical(this, windowTitle(), tr("Choose the service from the catalogue first."));
        return false;
    }
    ServiceDraft draft;
    draft.catalogueEntry = entry->id;
    draft.department = DepartmentId(m_department->currentData().toLongLong());
    if (m_subProject->currentData().isValid())
        draft.subProject = SubProjectId(m_subProject->currentData().toLongLong());
    draft.now = m_editing ? m_editing->now : m_now->maturity();
    draft.target = m_target->maturity();
    draft.link = m_link->text().trimmed();
    draft.goLive = m_goLive->date();
    draft.status = ServiceStatus(m_status->currentData().toInt());
    OzgServices services(*m_session.db);
    Status saved;
    if (m_editing) {
        saved = services.update(m_session.actor, m_editing->id, draft, m_editing->rowVersion);
        if (saved)
            m_savedId = m_editing->id;
    } else if (auto offered = services.offer(m_session.actor, draft); offered) {
        m_savedId = *offered;
    } else {
        saved = offered.error();
    }
    if (!saved) {
        MessageBox::critical(this, windowTitle(), saved.error().message);
        return false;
    }
    return true;
}

} // namespace amtsdesk::ui
