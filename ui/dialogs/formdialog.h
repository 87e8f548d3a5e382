#pragma once

class QDialog;
class QDialogButtonBox;
class QFormLayout;
class QLineEdit;

namespace amtsdesk::ui::formdialog {

// OK and Cancel as the last row of a small form dialog, wired to accept and reject.
QDialogButtonBox *addOkCancel(QDialog &dialog, QFormLayout *form);
// OK is enabled only while the edit holds more than blanks.
void okOnlyWithText(QDialogButtonBox *buttons, QLineEdit *edit);

} // namespace amtsdesk::ui::formdialog
