#include "programme/servicespanel.h"

#include "dialogs/formdialog.h"
#include "dialogs/messagebox.h"
#include "programme/programmetables.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>

namespace amtsdesk::ui {

using programmetables::date;

namespace {

QString maturityText(const Maturity &m)
{
    return QCoreApplication::translate("amtsdesk::ui::ServicesPanel", "%1 (model %2)")
        .arg(m.level)
        .arg(ProgrammeTerms::key(m.model));
}

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
      m_maturityButton(new QPushButton(tr("Set &maturity…")))
{
    m_filter->setPlaceholderText(tr("Filter by name, LeiKa key or OZG id"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter services"));
    m_table->setAccessibleName(tr("OZG services"));
    m_history->setAccessibleName(tr("Maturity history"));
    m_summary->setWordWrap(true);
    m_maturityButton->setToolTip(tr("Records the level the service reached; the earlier levels stay in its history"));

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_filter, 1);
    controls->addWidget(m_mine);
    auto *lower = new QWidget;
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_summary, 1);
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
    int row = 0;
    for (int i = 0; before && i < m_shown.size(); ++i) {
        if (m_shown.at(i).id == before->id)
            row = i;
    }
    if (!m_shown.isEmpty())
        m_table->selectRow(row);
    showCurrent();
}

std::optional<DistrictService> ServicesPanel::current() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_shown.size() || !m_table->item(row, 0) || !m_table->item(row, 0)->isSelected())
        return std::nullopt;
    return m_shown.at(row);
}

void ServicesPanel::showCurrent()
{
    const std::optional<DistrictService> s = current();
    m_history->setRowCount(0);
    OzgServices services(*m_session.db);
    m_maturityButton->setEnabled(s && services.mayEdit(m_session.actor, s->department).ok());
    if (!s) {
        m_summary->setText(m_shown.isEmpty() ? tr("No services to show.") : tr("Choose a service above."));
        return;
    }
    m_summary->setText(tr("<b>%1</b><br>%2 · OZG %3 · responsible: %4")
                           .arg(serviceName(*s).toHtmlEscaped(), s->catalogue.topic.toHtmlEscaped(),
                                s->catalogue.ozgId.toHtmlEscaped(), s->departmentCode.toHtmlEscaped()));
    auto steps = services.history(s->id);
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
    auto *model = new QComboBox;
    for (const MaturityModel m : {MaturityModel::V1_1, MaturityModel::V2_0})
        model->addItem(ProgrammeTerms::name(m), int(m));
    model->setCurrentIndex(model->findData(int(s->now.model)));
    auto *level = new QSpinBox;
    const auto updateRange = [&] {
        level->setRange(0, ProgrammeTerms::maxLevel(MaturityModel(model->currentData().toInt())));
    };
    updateRange();
    level->setValue(s->now.level);
    connect(model, &QComboBox::currentIndexChanged, &dialog, updateRange);
    const QDate today = m_session.db->clock().today();
    auto *day = new QDateEdit(today);
    day->setCalendarPopup(true);
    day->setMaximumDate(today);
    auto *comment = new QLineEdit;
    comment->setPlaceholderText(tr("Optional, e.g. what went online"));
    auto *form = new QFormLayout(&dialog);
    form->addRow(new QLabel(tr("Now: %1 · target: %2").arg(maturityText(s->now), maturityText(s->target))));
    form->addRow(tr("Model:"), model);
    form->addRow(tr("Level:"), level);
    form->addRow(tr("Reached on:"), day);
    form->addRow(tr("Comment:"), comment);
    formdialog::addOkCancel(dialog, form);
    if (dialog.exec() == QDialog::Accepted)
        setMaturity(Maturity{MaturityModel(model->currentData().toInt()), level->value()}, day->date(),
                    comment->text().trimmed());
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

} // namespace amtsdesk::ui
