#pragma once

#include "efile/fileservice.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QDialogButtonBox;

namespace amtsdesk::ui {

// Asks for what a new file (Akte) needs: subject and confidentiality; the plan unit is given.
class NewFileDialog : public QDialog {
    Q_OBJECT

public:
    NewFileDialog(const QString &planKey, const QString &planTitle, QWidget *parent = nullptr);
    NewFile file() const;

private:
    QString m_planKey;
    QLineEdit *m_subject;
    QComboBox *m_confidentiality;
    QDialogButtonBox *m_buttons;
};

} // namespace amtsdesk::ui
