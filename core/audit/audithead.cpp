#include "audit/audithead.h"

#include "audit/auditlog.h"
#include "common/clock.h"
#include "store/database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

namespace amtsdesk {

namespace {

const QByteArray kMagic = QByteArrayLiteral("amtsdesk-audit-head 1");
constexpr qint64 kMaxFileBytes = 64 * 1024;

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

bool isHash(const QString &text)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    return hex.match(text).hasMatch();
}

} // namespace

Result<AuditHead> AuditHead::of(Database &db)
{
    // Hash and count from one row, so that an entry written in between cannot split them.
    auto row = db.exec(QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"));
    if (!row)
        return row.error();
    AuditHead head;
    head.hash = AuditLog::kGenesisHash;
    if (row->next()) {
        head.entries = row->value(0).toLongLong();
        head.hash = row->value(1).toString();
    }
    head.savedAt = db.clock().nowUtc();
    head.store = QFileInfo(db.path()).absoluteFilePath();
    return head;
}

QByteArray AuditHead::toText() const
{
    QByteArray text;
    text += "# The head of an Amtsdesk audit trail. Keep this file away from the store; check the store\n"
            "# against it with: amtsdesk-cli verify --expect-head-file FILE\n";
    text += kMagic + '\n';
    text += "hash=" + hash.toLatin1() + '\n';
    text += "entries=" + QByteArray::number(entries) + '\n';
    text += "saved_at=" + toStoredTimestamp(savedAt).toLatin1() + '\n';
    text += "store=" + store.toUtf8() + '\n';
    return text;
}

Result<AuditHead> AuditHead::parse(const QByteArray &text, const QString &source)
{
    const QList<QByteArray> lines = text.split('\n');
    qsizetype i = 0;
    while (i < lines.size() && (lines.at(i).trimmed().isEmpty() || lines.at(i).startsWith('#')))
        ++i;
    if (i >= lines.size() || lines.at(i).trimmed() != kMagic)
        return Error::invalid(tr("%1 is not an audit head saved by Amtsdesk (it lacks the line \"%2\").")
                                  .arg(shown(source), QString::fromLatin1(kMagic)));
    AuditHead head;
    bool haveEntries = false;
    for (++i; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const qsizetype eq = line.indexOf('=');
        const QByteArray key = eq > 0 ? line.left(eq) : line;
        const QString value = QString::fromUtf8(eq > 0 ? line.mid(eq + 1) : QByteArray());
        if (key == "hash") {
            head.hash = value.trimmed().toLower();
        } else if (key == "entries") {
            head.entries = value.toLongLong(&haveEntries);
            haveEntries = haveEntries && head.entries >= 0;
        } else if (key == "saved_at") {
            head.savedAt = fromStoredTimestamp(value);
        } else if (key == "store") {
            head.store = value;
        }
    }
    if (!isHash(head.hash))
        return Error::invalid(
            tr("%1 names no audit head: its line \"hash=\" needs 64 hexadecimal digits.").arg(shown(source)));
    if (!haveEntries)
        return Error::invalid(tr("%1 does not say how many entries the trail had: its line \"entries=\" needs a "
                                 "number.")
                                  .arg(shown(source)));
    return head;
}

Status AuditHead::save(const QString &path) const
{
    const QFileInfo info(path);
    if (info.exists()) {
        // Only an older head is replaced, never some other file given by mistake.
        QFile existing(path);
        if (!info.isFile() || !existing.open(QIODevice::ReadOnly) || !parse(existing.read(kMaxFileBytes), path).ok())
            return Error::conflict(
                tr("%1 exists and is not an audit head; choose another file name.").arg(shown(path)));
    }
    QSaveFile file(path);
    const QByteArray text = toText();
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit())
        return Error::io(tr("The audit head could not be written to %1: %2").arg(shown(path), file.errorString()));
    return {};
}

Result<AuditHead> AuditHead::load(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return Error::notFound(tr("There is no audit head file %1.").arg(shown(path)));
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(tr("%1 cannot be read: %2").arg(shown(path), file.errorString()));
    if (file.size() > kMaxFileBytes)
        return Error::invalid(tr("%1 is not an audit head saved by Amtsdesk: it is far too large.").arg(shown(path)));
    return parse(file.readAll(), path);
}

Status AuditHead::checkAgainst(Database &db) const
{
    const QString expected = hash.trimmed().toLower();
    if (!isHash(expected))
        return Error::invalid(tr("\"%1\" is not an audit head: it needs 64 hexadecimal digits.").arg(hash.left(80)));
    if (entries <= 0) {
        if (expected == AuditLog::kGenesisHash)
            return {};
        auto found = db.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE hash = ?"), {expected});
        if (!found)
            return found.error();
        if (found->toLongLong() == 0)
            return Error::corrupt(
                tr("the exported head %1 is no longer in the chain: the trail was rewritten or cut.").arg(expected));
        return {};
    }
    auto at = db.scalar(QStringLiteral("SELECT hash FROM audit_log WHERE id = ?"), {entries});
    if (!at)
        return at.error();
    if (!at->isValid()) {
        auto count = AuditLog(db).count();
        return Error::corrupt(tr("the trail had %1 entries when the head was saved and has only %2 now: entries "
                                 "were cut off.")
                                  .arg(entries)
                                  .arg(count ? *count : 0));
    }
    if (at->toString() != expected)
        return Error::corrupt(tr("entry %1 no longer carries the saved head %2: the trail was rewritten up to "
                                 "there.")
                                  .arg(entries)
                                  .arg(expected));
    return {};
}

} // namespace amtsdesk
