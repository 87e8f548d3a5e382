#pragma once

#include <QList>

#include <functional>

class QDialog;
class QDialogButtonBox;
class QFormLayout;
class QLineEdit;

namespace amtsdesk::ui::formdialog {

// OK and Cancel as the last row of a small form dialog, wired to accept and reject.
QDialogButtonBox *addOkCancel(QDialog &dialog, QFormLayout *form);
// OK and Cancel for a dialog whose OK saves through core: the dialog closes only when save()
// succeeds, so a refusal (which save() shows) leaves everything entered in place. The caller
// places the buttons.
QDialogButtonBox *saveOrCancel(QDialog &dialog, std::function<bool()> save);
// OK is enabled only while the edit holds more than blanks.
void okOnlyWithText(QDialogButtonBox *buttons, QLineEdit *edit);
// OK is enabled only while every one of the edits holds more than blanks.
void okOnlyWithText(QDialogButtonBox *buttons, const QList<QLineEdit *> &edits);

} // namespace amtsdesk::ui::formdialog
