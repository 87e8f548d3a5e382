#include "programme/subprojectdialog.h"

#include "dialogs/amounttext.h"
#include "dialogs/formdialog.h"
#include "dialogs/messagebox.h"
#include "dialogs/optionaldateedit.h"
#include "efile/fileservice.h"
#include "programme/programmechoices.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace amtsdesk::ui {

namespace {

QListWidgetItem *checkable(QListWidget *list, const QString &text, qint64 id)
{
    auto *item = new QListWidgetItem(text, list);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Unchecked);
    item->setData(Qt::UserRole, id);
    item->setToolTip(text);
    return item;
}

template <typename IdType> QList<IdType> ticked(const QListWidget *list)
{
    QList<IdType> ids;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            ids << IdType(list->item(i)->data(Qt::UserRole).toLongLong());
    }
    return ids;
}

void tickIds(QListWidget *list, const QList<qint64> &ids)
{
    for (int i = 0; i < list->count(); ++i) {
        QListWidgetItem *item = list->item(i);
        item->setCheckState(ids.contains(item->data(Qt::UserRole).toLongLong()) ? Qt::Checked : Qt::Unchecked);
    }
}

QWidget *fromTo(OptionalDateEdit *from, OptionalDateEdit *to)
{
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(from, 1);
    layout->addWidget(new QLabel(QStringLiteral("–")));
    layout->addWidget(to, 1);
    return row;
}

QWidget *titled(const QString &title, QWidget *field)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *label = new QLabel(title);
    label->setBuddy(field);
    layout->addWidget(label);
    layout->addWidget(field, 1);
    return box;
}

} // namespace

SubProjectDialog::SubProjectDialog(Session &session, const std::optional<Idea> &idea, QWidget *parent)
    : QDialog(parent), m_session(session), m_idea(idea)
{
    build();
    const QDate today = m_session.db->clock().today();
    m_code->setText(suggestedCode());
    programmechoices::selectData(m_lead, m_session.actor.userId.value);
    programmechoices::selectData(m_department, m_session.actor.department.value);
    m_plannedStart->setDate(today);
    m_plannedEnd->setDate(today.addYears(1));
    if (m_idea) {
        setWindowTitle(tr("Sub-project from idea %1").arg(m_idea->id.value));
        m_title->setText(m_idea->title);
        m_description->setPlainText(m_idea->description);
        if (m_idea->department.isValid())
            programmechoices::selectData(m_department, m_idea->department.value);
    } else {
        setWindowTitle(tr("New sub-project"));
    }
}

SubProjectDialog::SubProjectDialog(Session &session, const SubProject &subProject, QWidget *parent)
    : QDialog(parent), m_session(session), m_editing(subProject)
{
    build();
    setWindowTitle(tr("Edit sub-project %1").arg(subProject.code));
    fill(subProject);
}

void SubProjectDialog::build()
{
    const QDate today = m_session.db->clock().today();
    m_code = new QLineEdit;
    m_title = new QLineEdit;
    m_area = new QComboBox;
    m_lead = new QComboBox;
    m_department = new QComboBox;
    m_description = new QPlainTextEdit;
    m_risks = new QPlainTextEdit;
    m_participating = new QListWidget;
    m_dependencies = new QListWidget;
    m_plannedStart = new OptionalDateEdit(today);
    m_plannedEnd = new OptionalDateEdit(today);
    m_forecastStart = new OptionalDateEdit(today);
    m_forecastEnd = new OptionalDateEdit(today);
    m_budgetPlanned = new QLineEdit;
    m_budgetSpent = new QLineEdit;
    m_file = new QLineEdit;

    m_code->setMaxLength(20);
    m_code->setPlaceholderText(tr("e.g. TP-07"));
    m_title->setMaxLength(200);
    for (const ProgrammeArea a : ProgrammeTerms::areas())
        m_area->addItem(ProgrammeTerms::name(a), int(a));
    programmechoices::addUsers(m_lead, *m_session.db);
    // Only the departments in which core lets this person sponsor a sub-project.
    SubProjects subProjects(*m_session.db);
    const DepartmentId current = m_editing ? m_editing->department : DepartmentId();
    programmechoices::addDepartments(m_department, *m_session.db, [&](DepartmentId id) {
        SubProject probe;
        probe.department = id;
        return id == current || subProjects.mayEdit(m_session.actor, probe).ok();
    });
    const QString example = tr("e.g. %1").arg(amounttext::format(Decimal::fromInt(12500)));
    for (QLineEdit *amount : {m_budgetPlanned, m_budgetSpent}) {
        amount->setAlignment(Qt::AlignRight);
        amount->setPlaceholderText(example);
    }
    for (QListWidget *list : {m_participating, m_dependencies}) {
        list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        list->setMinimumHeight(90);
    }
    m_file->setPlaceholderText(tr("Reference number of the e-file; empty: none"));
    m_description->setTabChangesFocus(true);
    m_risks->setTabChangesFocus(true);
    m_participating->setAccessibleName(tr("Participating departments"));
    m_dependencies->setAccessibleName(tr("Depends on"));
    m_plannedStart->setAccessibleName(tr("Planned start"));
    m_plannedEnd->setAccessibleName(tr("Planned end"));
    m_forecastStart->setAccessibleName(tr("Forecast start"));
    m_forecastEnd->setAccessibleName(tr("Forecast end"));

    QComboBox all;
    programmechoices::addDepartments(&all, *m_session.db);
    for (int i = 0; i < all.count(); ++i)
        checkable(m_participating, all.itemText(i), all.itemData(i).toLongLong());
    if (auto others = subProjects.list(); others) {
        for (const SubProject &s : std::as_const(*others)) {
            if (!m_editing || s.id != m_editing->id)
                checkable(m_dependencies, s.code + QStringLiteral(" ") + s.title, s.id.value);
        }
    }

    auto *form = new QFormLayout;
    form->addRow(tr("&Code:"), m_code);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Area:"), m_area);
    form->addRow(tr("&Lead:"), m_lead);
    form->addRow(tr("&Sponsoring department:"), m_department);
    form->addRow(tr("&Planned:"), fromTo(m_plannedStart, m_plannedEnd));
    form->addRow(tr("&Forecast:"), fromTo(m_forecastStart, m_forecastEnd));
    form->addRow(tr("&Budget planned (€):"), m_budgetPlanned);
    form->addRow(tr("Budget s&pent (€):"), m_budgetSpent);
    form->addRow(tr("&E-file:"), m_file);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    // Two columns of about equal height, so the dialog fits a 1366 × 768 screen.
    auto *left = new QVBoxLayout;
    left->addLayout(form);
    left->addWidget(titled(tr("Participating departments:"), m_participating), 1);
    auto *right = new QVBoxLayout;
    right->addWidget(titled(tr("&Description:"), m_description), 2);
    right->addWidget(titled(tr("&Risks:"), m_risks), 2);
    right->addWidget(titled(tr("Depends on:"), m_dependencies), 3);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);

    m_buttons = formdialog::saveOrCancel(*this, [this] { return save(); });
    formdialog::okOnlyWithText(m_buttons, {m_code, m_title});
    auto *layout = new QVBoxLayout(this);
    if (m_idea) {
        auto *origin = new QLabel(tr("From idea %1: %2").arg(m_idea->id.value).arg(m_idea->title.toHtmlEscaped()));
        origin->setWordWrap(true);
        layout->addWidget(origin);
    }
    layout->addLayout(columns, 1);
    layout->addWidget(m_buttons);
    resize(940, 600);
}

void SubProjectDialog::fill(const SubProject &s)
{
    m_code->setText(s.code);
    m_title->setText(s.title);
    programmechoices::selectData(m_area, int(s.area));
    if (!programmechoices::selectData(m_lead, s.lead.value)) {
        // A lead who is no longer active stays shown; core asks for an active one on saving.
        m_lead->addItem(s.leadName, s.lead.value);
        m_lead->setCurrentIndex(m_lead->count() - 1);
    }
    programmechoices::selectData(m_department, s.department.value);
    m_description->setPlainText(s.description);
    m_risks->setPlainText(s.risks);
    QList<qint64> participating, dependsOn;
    for (const DepartmentId d : s.participating)
        participating << d.value;
    for (const SubProjectId d : s.dependsOn)
        dependsOn << d.value;
    tickIds(m_participating, participating);
    tickIds(m_dependencies, dependsOn);
    m_plannedStart->setDate(s.plannedStart);
    m_plannedEnd->setDate(s.plannedEnd);
    m_forecastStart->setDate(s.forecastStart);
    m_forecastEnd->setDate(s.forecastEnd);
    m_budgetPlanned->setText(amounttext::format(s.budgetPlanned));
    m_budgetSpent->setText(amounttext::format(s.budgetSpent));
    m_file->setText(s.fileReference);
}

void SubProjectDialog::tick(QListWidget *list, const QStringList &codes)
{
    for (int i = 0; i < list->count(); ++i) {
        QListWidgetItem *item = list->item(i);
        bool match = false;
        for (const QString &code : codes)
            match = match || item->text().startsWith(code + QLatin1Char(' '));
        item->setCheckState(match ? Qt::Checked : Qt::Unchecked);
    }
}

QString SubProjectDialog::suggestedCode() const
{
    // The next number after the highest code of the usual form (TP-24 → TP-25).
    static const QRegularExpression form(QStringLiteral("^([A-Za-z]+-)(\\d+)$"));
    QString prefix = QStringLiteral("TP-");
    int highest = 0;
    int width = 2;
    for (int i = 0; i < m_dependencies->count(); ++i) {
        const QString code = m_dependencies->item(i)->text().section(QLatin1Char(' '), 0, 0);
        const QRegularExpressionMatch m = form.match(code);
        if (m.hasMatch() && m.captured(2).toInt() >= highest) {
            highest = m.captured(2).toInt();
            prefix = m.captured(1);
            width = int(m.captured(2).size());
        }
    }
    return prefix + QStringLiteral("%1").arg(highest + 1, width, 10, QLatin1Char('0'));
}

std::optional<SubProjectDraft> SubProjectDialog::draft()
{
    SubProjectDraft d;
    d.code = m_code->text().trimmed();
    d.title = m_title->text().trimmed();
    d.area = ProgrammeArea(m_area->currentData().toInt());
    d.description = m_description->toPlainText().trimmed();
    d.risks = m_risks->toPlainText().trimmed();
    d.lead = UserId(m_lead->currentData().toLongLong());
    d.department = DepartmentId(m_department->currentData().toLongLong());
    d.participating = ticked<DepartmentId>(m_participating);
    d.dependsOn = ticked<SubProjectId>(m_dependencies);
    d.plannedStart = m_plannedStart->date();
    d.plannedEnd = m_plannedEnd->date();
    d.forecastStart = m_forecastStart->date();
    d.forecastEnd = m_forecastEnd->date();

    const std::pair<QLineEdit *, Decimal *> amounts[] = {{m_budgetPlanned, &d.budgetPlanned},
                                                         {m_budgetSpent, &d.budgetSpent}};
    for (const auto &[edit, target] : amounts) {
        const QString text = edit->text().trimmed();
        if (text.isEmpty())
            continue;
        const std::optional<Decimal> amount = amounttext::parse(text);
        if (!amount) {
            // Whole sentences, so that each language can word them its own way.
            const QString example = amounttext::format(Decimal::fromInt(12500));
            MessageBox::critical(
                this, windowTitle(),
                edit == m_budgetPlanned
                    ? tr("The planned budget \"%1\" is not an amount in euros. Write it like %2.").arg(text, example)
                    : tr("The budget spent \"%1\" is not an amount in euros. Write it like %2.").arg(text, example));
            edit->setFocus();
            return std::nullopt;
        }
        *target = *amount;
    }

    const QString reference = m_file->text().trimmed();
    if (m_editing && reference == m_editing->fileReference) {
        d.file = m_editing->file; // unchanged, even where this person may not open that file
    } else if (!reference.isEmpty()) {
        auto file = FileService(*m_session.db).fileByReference(m_session.actor, reference);
        if (!file) {
            MessageBox::critical(this, windowTitle(),
                                 tr("The e-file %1 cannot be linked: %2").arg(reference, file.error().message));
            m_file->setFocus();
            return std::nullopt;
        }
        d.file = file->id;
    }
    return d;
}

bool SubProjectDialog::save()
{
    const std::optional<SubProjectDraft> d = draft();
    if (!d)
        return false;
    Status saved;
    SubProjectId id;
    if (m_editing) {
        saved = SubProjects(*m_session.db).update(m_session.actor, m_editing->id, *d, m_editing->rowVersion);
        id = m_editing->id;
    } else {
        auto created = m_idea ? Ideas(*m_session.db).turnIntoSubProject(m_session.actor, m_idea->id, *d)
                              : SubProjects(*m_session.db).create(m_session.actor, *d);
        if (created)
            id = *created;
        else
            saved = created.error();
    }
    if (!saved) {
        MessageBox::critical(this, windowTitle(), saved.error().message);
        return false;
    }
    m_savedId = id;
    m_savedCode = d->code;
    return true;
}

} // namespace amtsdesk::ui
