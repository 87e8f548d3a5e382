#include "dialogs/backupdialog.h"

#include "dialogs/filedialog.h"
#include "dialogs/formdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace amtsdesk::ui {

namespace {
constexpr int kDaily = 24;
constexpr int kWeekly = 24 * 7;
} // namespace

BackupDialog::BackupDialog(const BackupPlan &plan, QWidget *parent)
    : QDialog(parent), m_folder(new QLineEdit), m_interval(new QComboBox), m_hours(new QSpinBox), m_keep(new QSpinBox)
{
    setWindowTitle(tr("Scheduled backup"));
    m_folder->setPlaceholderText(tr("empty: no scheduled backup"));
    m_folder->setMinimumWidth(m_folder->fontMetrics().averageCharWidth() * 48);
    m_folder->setToolTip(tr("A folder on another disk, writable by everyone who works with Amtsdesk here. Each backup "
                            "goes into a sub-folder named by its time."));
    auto *choose = new QPushButton(tr("&Choose…"));
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(choose);
    m_interval->addItem(tr("Daily"), kDaily);
    m_interval->addItem(tr("Weekly"), kWeekly);
    m_interval->addItem(tr("Every few hours"), 0);
    m_hours->setRange(1, 24 * 366);
    m_hours->setSuffix(tr(" hours"));
    m_keep->setRange(1, 1000);
    m_keep->setToolTip(tr("Older backups are removed only after a new one was written and verified."));

    auto *form = new QFormLayout(this);
    auto *folderLabel = new QLabel(tr("&Folder:"));
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);
    form->addRow(tr("&How often:"), m_interval);
    form->addRow(tr("&Every:"), m_hours);
    form->addRow(tr("&Keep the newest:"), m_keep);
    formdialog::addOkCancel(*this, form);

    connect(choose, &QPushButton::clicked, this, [this] {
        const QString folder = FileDialog::existingDirectory(this, tr("Backup folder"), m_folder->text());
        if (!folder.isEmpty())
            m_folder->setText(folder);
    });
    connect(m_interval, &QComboBox::currentIndexChanged, this, &BackupDialog::updateHours);
    setPlan(plan);
}

void BackupDialog::setPlan(const BackupPlan &plan)
{
    m_folder->setText(plan.folder);
    const int index = m_interval->findData(plan.intervalHours);
    m_interval->setCurrentIndex(index >= 0 ? index : m_interval->findData(0));
    m_hours->setValue(plan.intervalHours);
    m_keep->setValue(plan.keep);
    updateHours();
}

BackupPlan BackupDialog::plan() const
{
    BackupPlan p;
    p.folder = m_folder->text().trimmed();
    const int fixed = m_interval->currentData().toInt();
    p.intervalHours = fixed > 0 ? fixed : m_hours->value();
    p.keep = m_keep->value();
    return p;
}

void BackupDialog::updateHours()
{
    const int fixed = m_interval->currentData().toInt();
    m_hours->setEnabled(fixed == 0);
    if (fixed > 0)
        m_hours->setValue(fixed);
}

} // namespace amtsdesk::ui
