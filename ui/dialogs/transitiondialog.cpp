#include "dialogs/transitiondialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace amtsdesk::ui {

QString TransitionDialog::fieldLabel(const QString &field)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("resubmission_date"), QT_TR_NOOP("Resubmission date (YYYY-MM-DD)")},
        {QStringLiteral("cost_centre"), QT_TR_NOOP("Cost centre")},
        {QStringLiteral("budget_item"), QT_TR_NOOP("Budget item")},
    };
    const auto it = labels.constFind(field);
    return it == labels.cend() ? field : tr(it.value());
}

TransitionDialog::TransitionDialog(const Task &task, const TaskAction &action, QWidget *parent)
    : QDialog(parent), m_action(action), m_comment(new QPlainTextEdit),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(action.label);
    auto *intro = new QLabel(tr("<b>%1</b><br>%2: %3").arg(action.label.toHtmlEscaped(), task.kind.toHtmlEscaped(),
                                                          task.title.toHtmlEscaped()));
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    for (const QString &field : action.requiredFields) {
        auto *edit = new QLineEdit;
        edit->setAccessibleName(fieldLabel(field));
        m_fields.insert(field, edit);
        form->addRow(fieldLabel(field) + QLatin1Char(':'), edit);
        connect(edit, &QLineEdit::textChanged, this, &TransitionDialog::updateOk);
    }
    m_comment->setPlaceholderText(action.commentRequired ? tr("Required: say why") : tr("Optional"));
    m_comment->setTabChangesFocus(true);
    m_comment->setAccessibleName(tr("Comment"));
    form->addRow(tr("Comment:"), m_comment);
    m_buttons->button(QDialogButtonBox::Ok)->setText(action.label);
    connect(m_comment, &QPlainTextEdit::textChanged, this, &TransitionDialog::updateOk);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    updateOk();
    resize(480, sizeHint().height());
}

QString TransitionDialog::comment() const
{
    return m_comment->toPlainText().trimmed();
}

QJsonObject TransitionDialog::fields() const
{
    QJsonObject result;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        result.insert(it.key(), it.value()->text().trimmed());
    return result;
}

void TransitionDialog::updateOk()
{
    bool complete = !m_action.commentRequired || !comment().isEmpty();
    for (const QLineEdit *edit : std::as_const(m_fields))
        complete = complete && !edit->text().trimmed().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(complete);
}

} // namespace amtsdesk::ui
