#pragma once

#include "maintenance/backupschedule.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace amtsdesk::ui {

// The scheduled backup of the installation, for administrators: the folder, how often (daily,
// weekly or every so many hours) and how many backups are kept there.
class BackupDialog : public QDialog {
    Q_OBJECT

public:
    explicit BackupDialog(const BackupPlan &plan, QWidget *parent = nullptr);

    BackupPlan plan() const;
    void setPlan(const BackupPlan &plan);

private:
    void updateHours();

    QLineEdit *m_folder;
    QComboBox *m_interval;
    QSpinBox *m_hours;
    QSpinBox *m_keep;
};

} // namespace amtsdesk::ui
