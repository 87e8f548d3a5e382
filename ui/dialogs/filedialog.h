#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace amtsdesk::ui {

// File dialogs of Amtsdesk go through here so that tests can answer them: with a next answer
// set, no dialog is shown and that path (or an empty one for "cancelled") is returned.
class FileDialog {
public:
    static QString saveFileName(QWidget *parent, const QString &title, const QString &suggestedPath,
                                const QString &filter);
    static QString openFileName(QWidget *parent, const QString &title, const QString &folder, const QString &filter);
    // Several files; a next answer set for tests holds them separated by newlines.
    static QStringList openFileNames(QWidget *parent, const QString &title, const QString &folder,
                                     const QString &filter);
    static QString existingDirectory(QWidget *parent, const QString &title, const QString &folder);
    static void setNextAnswer(const QString &path);

private:
    static bool takeAnswer(QString *path);
};

} // namespace amtsdesk::ui
