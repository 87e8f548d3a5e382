#pragma once

#include "workflow/tasklist.h"

#include <QDialog>
#include <QHash>
#include <QJsonObject>

class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

namespace amtsdesk::ui {

// Asks what a step needs before it is taken: a comment (required for some steps, such as a
// rejection) and the fields that must be filled.
class TransitionDialog : public QDialog {
    Q_OBJECT

public:
    TransitionDialog(const Task &task, const TaskAction &action, QWidget *parent = nullptr);

    QString comment() const;
    QJsonObject fields() const;
    // Field names in the user's language, for the fields workflows ask for.
    static QString fieldLabel(const QString &field);

private:
    void updateOk();

    TaskAction m_action;
    QPlainTextEdit *m_comment;
    QHash<QString, QLineEdit *> m_fields;
    QDialogButtonBox *m_buttons;
};

} // namespace amtsdesk::ui
