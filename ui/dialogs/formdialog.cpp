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

void okOnlyWithText(QDialogButtonBox *buttons, QLineEdit *edit)
{
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    const auto update = [ok, edit] { ok->setEnabled(!edit->text().trimmed().isEmpty()); };
    QObject::connect(edit, &QLineEdit::textChanged, ok, update);
    update();
}

} // namespace amtsdesk::ui::formdialog
