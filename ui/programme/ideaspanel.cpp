#include "programme/ideaspanel.h"

#include "dialogs/formdialog.h"
#include "dialogs/messagebox.h"
#include "programme/programmechoices.h"
#include "programme/programmepermissions.h"
#include "programme/programmetables.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace amtsdesk::ui {

using programmetables::date;

IdeasPanel::IdeasPanel(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session),
      m_table(programmetables::readOnly({tr("No."), tr("Submitted"), tr("By"), tr("Source"), tr("Department"),
                                         tr("Idea"), tr("Status"), tr("Decision"), tr("Sub-project")})),
      m_recordButton(new QPushButton(tr("&Record idea…"))), m_reviewButton(new QPushButton(tr("Under re&view"))),
      m_adoptButton(new QPushButton(tr("&Adopt"))), m_declineButton(new QPushButton(tr("&Decline…"))),
      m_subProjectButton(new QPushButton(tr("&Turn into sub-project…")))
{
    m_table->setAccessibleName(tr("Ideas"));
    m_subProjectButton->setToolTip(tr("A new sub-project filled in from the adopted idea; it remembers where it "
                                      "came from"));
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_recordButton);
    actions->addStretch(1);
    actions->addWidget(m_reviewButton);
    actions->addWidget(m_adoptButton);
    actions->addWidget(m_declineButton);
    actions->addWidget(m_subProjectButton);
    auto *intro = new QLabel(tr("Suggestions from the consultation hours, the innovation team and the staff and "
                                "citizens' workshops. The programme manager or the department's digitalisation "
                                "officer decides on them; an adopted idea becomes a sub-project."));
    intro->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &IdeasPanel::updateButtons);
    connect(m_recordButton, &QPushButton::clicked, this, &IdeasPanel::askRecord);
    connect(m_reviewButton, &QPushButton::clicked, this, [this] { decide(m_table->currentRow(), IdeaStatus::Review); });
    connect(m_adoptButton, &QPushButton::clicked, this, [this] { decide(m_table->currentRow(), IdeaStatus::Adopted); });
    connect(m_declineButton, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString reason =
            QInputDialog::getText(this, tr("Decline idea"), tr("Why is it declined?"), QLineEdit::Normal, {}, &ok);
        if (ok)
            decide(m_table->currentRow(), IdeaStatus::Declined, reason.trimmed());
    });
    connect(m_subProjectButton, &QPushButton::clicked, this, [this] { turnIntoSubProject(m_table->currentRow()); });
}

void IdeasPanel::reload()
{
    const int before = m_table->currentRow();
    auto ideas = Ideas(*m_session.db).list();
    m_shown = ideas ? *ideas : QList<Idea>{};
    const QSignalBlocker block(m_table);
    m_table->setRowCount(int(m_shown.size()));
    for (int row = 0; row < m_shown.size(); ++row) {
        const Idea &i = m_shown.at(row);
        QString decision = i.decisionReason;
        if (!i.decidedByName.isEmpty())
            decision = decision.isEmpty() ? i.decidedByName : i.decidedByName + QStringLiteral(": ") + decision;
        programmetables::setRow(m_table, row,
                                {QString::number(i.id.value), date(i.submittedOn), i.submittedBy,
                                 ProgrammeTerms::name(i.source), i.departmentCode, i.title,
                                 ProgrammeTerms::name(i.status), decision, i.subProjectCode});
        m_table->item(row, 5)->setToolTip(i.description);
    }
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(5, qMin(m_table->columnWidth(5), 360));
    if (!m_shown.isEmpty())
        m_table->selectRow(qBound(0, before, int(m_shown.size()) - 1));
    updateButtons();
}

void IdeasPanel::updateButtons()
{
    const int row = m_table->currentRow();
    const bool chosen = row >= 0 && row < m_shown.size();
    const Idea idea = chosen ? m_shown.at(row) : Idea{};
    // Offered only where core lets this person decide; core checks again.
    const bool mayDecide = chosen && ProgrammePermissions::mayDecideIdea(m_session.actor, idea.department);
    const IdeaStatus status = idea.status;
    m_reviewButton->setEnabled(mayDecide && (status == IdeaStatus::New || status == IdeaStatus::Declined));
    m_adoptButton->setEnabled(mayDecide && (status == IdeaStatus::New || status == IdeaStatus::Review));
    m_declineButton->setEnabled(mayDecide && (status == IdeaStatus::New || status == IdeaStatus::Review));
    m_subProjectButton->setEnabled(mayDecide && status == IdeaStatus::Adopted && !idea.subProject);
}

void IdeasPanel::askRecord()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Record idea"));
    auto *title = new QLineEdit;
    auto *description = new QPlainTextEdit;
    auto *by = new QLineEdit(m_session.actor.displayName);
    auto *source = new QComboBox;
    for (const IdeaSource s : ProgrammeTerms::ideaSources())
        source->addItem(ProgrammeTerms::name(s), int(s));
    auto *department = new QComboBox;
    department->addItem(tr("the whole district"), QVariant());
    programmechoices::addDepartments(department, *m_session.db);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Idea:"), title);
    form->addRow(tr("Description:"), description);
    form->addRow(tr("Brought by:"), by);
    form->addRow(tr("Source:"), source);
    form->addRow(tr("Department:"), department);
    formdialog::okOnlyWithText(formdialog::addOkCancel(dialog, form), title);
    if (dialog.exec() != QDialog::Accepted)
        return;
    NewIdea idea;
    idea.title = title->text().trimmed();
    idea.description = description->toPlainText().trimmed();
    idea.submittedBy = by->text().trimmed();
    idea.source = IdeaSource(source->currentData().toInt());
    if (department->currentData().isValid())
        idea.department = DepartmentId(department->currentData().toLongLong());
    record(idea);
}

bool IdeasPanel::record(const NewIdea &idea)
{
    if (auto id = Ideas(*m_session.db).record(m_session.actor, idea); !id) {
        MessageBox::critical(this, tr("Record idea"), id.error().message);
        return false;
    }
    reload();
    emit changed(tr("Idea “%1” recorded.").arg(idea.title));
    return true;
}

bool IdeasPanel::decide(int row, IdeaStatus status, const QString &reason)
{
    if (row < 0 || row >= m_shown.size())
        return false;
    const Idea idea = m_shown.at(row);
    if (Status s = Ideas(*m_session.db).decide(m_session.actor, idea.id, status, reason); !s) {
        MessageBox::critical(this, tr("Decide on idea"), s.error().message);
        return false;
    }
    reload();
    emit changed(tr("Idea “%1”: %2.").arg(idea.title, ProgrammeTerms::name(status)));
    return true;
}

bool IdeasPanel::turnIntoSubProject(int row)
{
    if (row < 0 || row >= m_shown.size())
        return false;
    const Idea idea = m_shown.at(row);
    if (idea.status != IdeaStatus::Adopted || idea.subProject)
        return false;
    emit subProjectWanted(idea);
    return true;
}

} // namespace amtsdesk::ui
