#pragma once

#include <QMessageBox>

namespace amtsdesk::ui {

// All message boxes of Amtsdesk go through here, so that tests can answer them: with a next
// answer set, no box is shown and that answer is returned. The last text is kept for tests.
class MessageBox {
public:
    static QMessageBox::StandardButton critical(QWidget *parent, const QString &title, const QString &text);
    static QMessageBox::StandardButton information(QWidget *parent, const QString &title, const QString &text);
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                                QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
                                                QMessageBox::StandardButton defaultButton = QMessageBox::No);

    static void setNextAnswer(QMessageBox::StandardButton answer);
    static QString lastText();

private:
    static QMessageBox::StandardButton show(QMessageBox::Icon icon, QWidget *parent, const QString &title,
                                            const QString &text, QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton);
};

} // namespace amtsdesk::ui
