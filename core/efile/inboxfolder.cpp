#include "efile/inboxfolder.h"

#include "efile/documentservice.h"

#include "store/database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace amtsdesk {

InboxFolder::InboxFolder(Database &db, PdfWorker &worker, QString folder, Actor actor, CaseId target)
    : InboxFolder(std::move(folder), [&db, &worker, actor = std::move(actor), target](const QStringList &ready) {
          return BatchImport(db, worker).run(actor, target, ready);
      })
{
}

InboxFolder::InboxFolder(QString folder, Taker taker) : m_folder(std::move(folder)), m_taker(std::move(taker)) {}

QString InboxFolder::moveTo(const QString &path, const QString &subfolder) const
{
    const QDir dir(QDir(m_folder).filePath(subfolder));
    QDir().mkpath(dir.path());
    // Never overwrite: a second file of the same name gets a number.
    const QString target = DocumentService::unusedPath(dir.path(), QFileInfo(path).fileName());
    return QFile::rename(path, target) ? target : QString();
}

Result<ImportSummary> InboxFolder::scan()
{
    const QDir dir(m_folder);
    if (!dir.exists())
        return Error::notFound(tr("The inbox folder %1 does not exist.").arg(QDir::toNativeSeparators(m_folder)));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QStringList ready;
    QHash<QString, QPair<qint64, QDateTime>> seen;
    for (const QFileInfo &info : dir.entryInfoList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name)) {
        const QString name = info.fileName();
        // Files still being written by scanners or copy programs often look like this.
        if (name.startsWith(QLatin1Char('.')) || name.startsWith(QLatin1Char('~')) ||
            name.endsWith(QStringLiteral(".tmp")) || name.endsWith(QStringLiteral(".part")) ||
            name.endsWith(QStringLiteral(".reason.txt")))
            continue;
        const QPair<qint64, QDateTime> state(info.size(), info.lastModified().toUTC());
        seen.insert(info.filePath(), state);
        const bool unchanged = m_seen.value(info.filePath()) == state;
        const bool settled = state.second.secsTo(now) >= m_settleSeconds;
        if ((unchanged || m_seen.isEmpty()) && settled)
            ready << info.filePath();
    }
    m_seen = seen;
    if (ready.isEmpty())
        return ImportSummary();
    ImportSummary summary = m_taker(ready);
    for (ImportItem &item : summary.added)
        item.path = moveTo(item.path, QStringLiteral("imported"));
    for (ImportItem &item : summary.duplicates)
        item.path = moveTo(item.path, QStringLiteral("imported"));
    for (ImportItem &item : summary.failed) {
        const QString moved = moveTo(item.path, QStringLiteral("failed"));
        if (moved.isEmpty())
            continue;
        QSaveFile reason(moved + QStringLiteral(".reason.txt"));
        if (reason.open(QIODevice::WriteOnly)) {
            reason.write(item.message.toUtf8() + '\n');
            reason.commit();
        }
        item.path = moved;
    }
    for (const QString &path : std::as_const(ready))
        m_seen.remove(path);
    return summary;
}

} // namespace amtsdesk
