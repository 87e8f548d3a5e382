#include "dialogs/formdialog.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

namespace amtsdesk::ui::formdialog {

QDialogButtonBox *addOkCancel(QDialog &dialog, QFormLayout *form)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    form->addRow(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    return buttons;
}

QDialogButtonBox *saveOrCancel(QDialog &dialog, std::function<bool()> save)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QDialog *target = &dialog;
    QObject::connect(buttons, &QDialogButtonBox::accepted, target, [target, save = std::move(save)] {
        if (save())
            target->accept();
    });
    QObject::connect(buttons, &QDialogButtonBox::rejected, target, &QDialog::reject);
    return buttons;
}

void okOnlyWithText(QDialogButtonBox *buttons, QLineEdit *edit)
{
    okOnlyWithText(buttons, QList<QLineEdit *>{edit});
}

void okOnlyWithText(QDialogButtonBox *buttons, const QList<QLineEdit *> &edits)
{
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    const auto update = [ok, edits] {
        bool filled = true;
        for (const QLineEdit *edit : edits)
            filled = filled && !edit->text().trimmed().isEmpty();
        ok->setEnabled(filled);
    };
    for (QLineEdit *edit : edits)
        QObject::connect(edit, &QLineEdit::textChanged, ok, update);
    update();
}

} // namespace amtsdesk::ui::formdialog
