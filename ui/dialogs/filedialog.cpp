#include "dialogs/filedialog.h"

#include <QFileDialog>

#include <optional>

namespace amtsdesk::ui {

namespace {
std::optional<QString> g_nextAnswer;
} // namespace

void FileDialog::setNextAnswer(const QString &path)
{
    g_nextAnswer = path;
}

bool FileDialog::takeAnswer(QString *path)
{
    if (!g_nextAnswer)
        return false;
    *path = *g_nextAnswer;
    g_nextAnswer.reset();
    return true;
}

QString FileDialog::saveFileName(QWidget *parent, const QString &title, const QString &suggestedPath,
                                 const QString &filter)
{
    QString path;
    if (takeAnswer(&path))
        return path;
    return QFileDialog::getSaveFileName(parent, title, suggestedPath, filter);
}

QString FileDialog::openFileName(QWidget *parent, const QString &title, const QString &folder, const QString &filter)
{
    QString path;
    if (takeAnswer(&path))
        return path;
    return QFileDialog::getOpenFileName(parent, title, folder, filter);
}

QStringList FileDialog::openFileNames(QWidget *parent, const QString &title, const QString &folder,
                                      const QString &filter)
{
    QString paths;
    if (takeAnswer(&paths))
        return paths.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return QFileDialog::getOpenFileNames(parent, title, folder, filter);
}

QString FileDialog::existingDirectory(QWidget *parent, const QString &title, const QString &folder)
{
    QString path;
    if (takeAnswer(&path))
        return path;
    return QFileDialog::getExistingDirectory(parent, title, folder);
}

} // namespace amtsdesk::ui
