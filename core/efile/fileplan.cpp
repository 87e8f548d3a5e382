#include "efile/fileplan.h"

#include "access/accessservice.h"
#include "audit/auditlog.h"
#include "common/csv.h"
#include "store/database.h"
#include "store/transaction.h"

#include <QRegularExpression>
#include <QStringDecoder>

#include <algorithm>

namespace amtsdesk {

namespace {

constexpr qsizetype kMaxCsvBytes = 16 << 20;

PlanUnit readUnit(const QSqlQuery &q)
{
    PlanUnit u;
    u.id = PlanUnitId(q.value(0).toLongLong());
    u.key = q.value(1).toString();
    u.title = q.value(2).toString();
    u.parent = PlanUnitId(q.value(3).toLongLong());
    u.parentKey = q.value(4).toString();
    u.department = DepartmentId(q.value(5).toLongLong());
    u.departmentCode = q.value(6).toString();
    if (!q.value(7).isNull())
        u.retentionYears = q.value(7).toInt();
    u.active = q.value(8).toBool();
    return u;
}

const QString kUnitSelect = QStringLiteral(
    "SELECT u.id, u.key, u.title, u.parent_id, p.key, u.department_id, d.code, u.retention_years, u.active "
    "FROM file_plan_units u LEFT JOIN file_plan_units p ON p.id = u.parent_id JOIN departments d ON d.id = "
    "u.department_id ");

QVariant retentionValue(std::optional<int> years)
{
    return years ? QVariant(*years) : QVariant(QMetaType::fromType<int>());
}

} // namespace

QString FilePlan::retentionText(std::optional<int> years)
{
    return years ? QString::number(*years) : QStringLiteral("unbefristet");
}

bool FilePlan::keyLess(const QString &a, const QString &b)
{
    const QStringList left = a.split(QLatin1Char('.'));
    const QStringList right = b.split(QLatin1Char('.'));
    for (qsizetype i = 0; i < std::min(left.size(), right.size()); ++i) {
        bool leftNumber = false, rightNumber = false;
        const qulonglong l = left.at(i).toULongLong(&leftNumber);
        const qulonglong r = right.at(i).toULongLong(&rightNumber);
        if (leftNumber && rightNumber && l != r)
            return l < r;
        if (leftNumber != rightNumber)
            return leftNumber; // numbered parts before named ones
        if (const int c = left.at(i).compare(right.at(i)); c != 0)
            return c < 0;
    }
    return left.size() < right.size();
}

Result<QList<PlanUnit>> FilePlan::units() const
{
    auto q = m_db.exec(kUnitSelect);
    if (!q)
        return q.error();
    QList<PlanUnit> result;
    while (q->next())
        result << readUnit(*q);
    std::sort(result.begin(), result.end(),
              [](const PlanUnit &x, const PlanUnit &y) { return keyLess(x.key, y.key); });
    return result;
}

Result<PlanUnit> FilePlan::unit(const QString &key) const
{
    auto q = m_db.exec(kUnitSelect + QStringLiteral("WHERE u.key = ?"), {key});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(tr("The file plan has no unit \"%1\".").arg(key));
    return readUnit(*q);
}

Result<PlanUnit> FilePlan::unit(PlanUnitId id) const
{
    auto q = m_db.exec(kUnitSelect + QStringLiteral("WHERE u.id = ?"), {id.value});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(tr("The file plan has no unit number %1.").arg(id.value));
    return readUnit(*q);
}

Result<bool> FilePlan::isLeaf(PlanUnitId id) const
{
    auto children = m_db.scalar(QStringLiteral("SELECT count(*) FROM file_plan_units WHERE parent_id = ?"), {id.value});
    if (!children)
        return children.error();
    return children->toLongLong() == 0;
}

Result<PlanUnitId> FilePlan::addUnit(const Actor &actor, const PlanUnit &unit)
{
    if (Status s = AccessService(m_db).require(actor, Role::Administrator, QT_TR_NOOP("change the file plan")); !s)
        return s.error();
    static const QRegularExpression keyPattern(QStringLiteral("^[0-9A-Za-z][0-9A-Za-z.\\-/]{0,31}$"));
    const QString key = unit.key.trimmed();
    if (!keyPattern.match(key).hasMatch())
        return Error::invalid(
            tr("\"%1\" is not a file plan key: use up to 32 letters, digits, '.', '-' or '/'.").arg(key.left(40)));
    if (unit.title.trimmed().isEmpty() || unit.title.size() > 300)
        return Error::invalid(tr("The file plan unit \"%1\" needs a title of 1 to 300 characters.").arg(key));
    if (unit.retentionYears && (*unit.retentionYears < 0 || *unit.retentionYears > 200))
        return Error::invalid(tr("The retention period of \"%1\" must be 0 to 200 years, or unlimited.").arg(key));
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    QVariant parent(QMetaType::fromType<qint64>());
    if (!unit.parentKey.isEmpty()) {
        auto p = this->unit(unit.parentKey);
        if (!p)
            return p.error();
        auto files = m_db.scalar(QStringLiteral("SELECT count(*) FROM files WHERE plan_unit_id = ?"), {p->id.value});
        if (!files)
            return files.error();
        if (files->toLongLong() > 0)
            return Error::conflict(tr("\"%1\" already holds files, so it cannot get sub-units.").arg(unit.parentKey));
        parent = p->id.value;
    }
    auto department = AccessService(m_db).departmentByCode(unit.departmentCode);
    if (!department)
        return department.error();
    if (auto existing = this->unit(key); existing)
        return Error::conflict(tr("The file plan has a unit \"%1\" already.").arg(key));
    auto insert =
        m_db.exec(QStringLiteral("INSERT INTO file_plan_units(key, title, parent_id, department_id, retention_years) "
                                 "VALUES(?, ?, ?, ?, ?)"),
                  {key, unit.title.trimmed(), parent, department->value, retentionValue(unit.retentionYears)});
    if (!insert)
        return insert.error();
    const PlanUnitId id(insert->lastInsertId().toLongLong());
    if (auto r = AuditLog(m_db).append(
            actor.record(QStringLiteral("plan_unit.created"), QStringLiteral("plan_unit"), key,
                         QJsonObject{{QStringLiteral("title"), unit.title.trimmed()},
                                     {QStringLiteral("parent"), unit.parentKey},
                                     {QStringLiteral("department"), unit.departmentCode},
                                     {QStringLiteral("retention"), retentionText(unit.retentionYears)}}));
        !r)
        return r.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Status FilePlan::updateUnit(const Actor &actor, const QString &key, const QString &title,
                            std::optional<int> retentionYears)
{
    if (Status s = AccessService(m_db).require(actor, Role::Administrator, QT_TR_NOOP("change the file plan")); !s)
        return s;
    if (title.trimmed().isEmpty() || title.size() > 300)
        return Error::invalid(tr("The file plan unit \"%1\" needs a title of 1 to 300 characters.").arg(key));
    if (retentionYears && (*retentionYears < 0 || *retentionYears > 200))
        return Error::invalid(tr("The retention period of \"%1\" must be 0 to 200 years, or unlimited.").arg(key));
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    auto old = unit(key);
    if (!old)
        return old.error();
    QJsonObject changes;
    if (old->title != title.trimmed())
        changes.insert(QStringLiteral("title"),
                       QJsonObject{{QStringLiteral("old"), old->title}, {QStringLiteral("new"), title.trimmed()}});
    if (old->retentionYears != retentionYears)
        changes.insert(QStringLiteral("retention"),
                       QJsonObject{{QStringLiteral("old"), retentionText(old->retentionYears)},
                                   {QStringLiteral("new"), retentionText(retentionYears)}});
    if (changes.isEmpty())
        return {};
    if (auto r = m_db.exec(QStringLiteral("UPDATE file_plan_units SET title = ?, retention_years = ? WHERE id = ?"),
                           {title.trimmed(), retentionValue(retentionYears), old->id.value});
        !r)
        return r.error();
    if (auto r = AuditLog(m_db).append(
            actor.record(QStringLiteral("plan_unit.changed"), QStringLiteral("plan_unit"), key, changes));
        !r)
        return r.error();
    return tx.commit();
}

PlanImportReport FilePlan::importCsv(const Actor &actor, const QByteArray &csv, const QString &source)
{
    PlanImportReport report;
    if (Status s = AccessService(m_db).require(actor, Role::Administrator, QT_TR_NOOP("change the file plan")); !s) {
        report.problems << s.error().message;
        return report;
    }
    if (csv.size() > kMaxCsvBytes) {
        report.problems << tr("%1 is larger than 16 MB; a file plan is much smaller.").arg(source);
        return report;
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(csv.startsWith("\xEF\xBB\xBF") ? csv.mid(3) : csv);
    if (decoder.hasError()) {
        // Spreadsheet programs on German Windows often save Windows-1252.
        text = QStringDecoder(QStringDecoder::Latin1).decode(csv);
    }
    QStringList lines = text.split(QRegularExpression(QStringLiteral("\r\n|\n|\r")));
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();
    if (lines.isEmpty()) {
        report.problems << tr("%1 is empty.").arg(source);
        return report;
    }
    const QChar separator = lines.first().count(QLatin1Char(';')) > lines.first().count(QLatin1Char(','))
                                ? QLatin1Char(';')
                                : QLatin1Char(',');
    const QStringList header = csv::splitLine(lines.first(), separator);
    const QStringList expected{QStringLiteral("key"), QStringLiteral("title"), QStringLiteral("parent"),
                               QStringLiteral("department"), QStringLiteral("retention_years")};
    QHash<QString, int> column;
    for (int i = 0; i < header.size(); ++i)
        column.insert(header.at(i).trimmed().toLower(), i);
    for (const QString &name : expected) {
        if (!column.contains(name)) {
            report.problems << tr("%1, line 1: the column \"%2\" is missing (expected: %3).")
                                   .arg(source, name, expected.join(QLatin1Char(',')));
            return report;
        }
    }
    struct Row {
        int line;
        PlanUnit unit;
    };
    QList<Row> rows;
    QSet<QString> keys;
    for (int i = 1; i < lines.size(); ++i) {
        if (lines.at(i).trimmed().isEmpty())
            continue;
        const QStringList f = csv::splitLine(lines.at(i), separator);
        auto cell = [&](const QString &name) { return f.value(column.value(name)).trimmed(); };
        PlanUnit u;
        u.key = cell(QStringLiteral("key"));
        u.title = cell(QStringLiteral("title"));
        u.parentKey = cell(QStringLiteral("parent"));
        u.departmentCode = cell(QStringLiteral("department"));
        const QString retention = cell(QStringLiteral("retention_years"));
        if (!retention.isEmpty() && retention.compare(QStringLiteral("unbefristet"), Qt::CaseInsensitive) != 0 &&
            retention.compare(QStringLiteral("dauernd"), Qt::CaseInsensitive) != 0) {
            bool ok = false;
            const int years = retention.toInt(&ok);
            if (!ok) {
                report.problems
                    << tr("%1, line %2: \"%3\" is not a number of years.").arg(source).arg(i + 1).arg(retention);
                continue;
            }
            u.retentionYears = years;
        }
        if (keys.contains(u.key)) {
            report.problems << tr("%1, line %2: the key \"%3\" appears twice.").arg(source).arg(i + 1).arg(u.key);
            continue;
        }
        keys.insert(u.key);
        rows << Row{i + 1, u};
    }
    if (!report.ok())
        return report;

    Transaction tx(m_db);
    if (!tx.status()) {
        report.problems << tx.status().error().message;
        return report;
    }
    // Parents first: repeat passes until every row whose parent exists is in.
    QList<Row> pending = rows;
    while (!pending.isEmpty()) {
        QList<Row> later;
        for (const Row &row : std::as_const(pending)) {
            const bool parentReady = row.unit.parentKey.isEmpty() || unit(row.unit.parentKey).ok();
            if (!parentReady) {
                later << row;
                continue;
            }
            if (auto existing = unit(row.unit.key); existing) {
                if (existing->title != row.unit.title || existing->retentionYears != row.unit.retentionYears) {
                    if (Status s = updateUnit(actor, row.unit.key, row.unit.title, row.unit.retentionYears); !s)
                        report.problems << tr("%1, line %2: %3").arg(source).arg(row.line).arg(s.error().message);
                    else
                        ++report.updated;
                }
                continue;
            }
            if (auto id = addUnit(actor, row.unit); !id)
                report.problems << tr("%1, line %2: %3").arg(source).arg(row.line).arg(id.error().message);
            else
                ++report.added;
        }
        if (later.size() == pending.size()) {
            for (const Row &row : std::as_const(later))
                report.problems << tr("%1, line %2: the parent \"%3\" is neither in the file nor in the plan.")
                                       .arg(source)
                                       .arg(row.line)
                                       .arg(row.unit.parentKey);
            break;
        }
        pending = later;
    }
    if (!report.ok()) {
        report.added = report.updated = 0;
        return report; // the transaction rolls back: all or nothing
    }
    if (Status s = tx.commit(); !s)
        report.problems << s.error().message;
    return report;
}

Result<QByteArray> FilePlan::exportCsv() const
{
    auto all = units();
    if (!all)
        return all.error();
    QString out = QStringLiteral("key,title,parent,department,retention_years\n");
    for (const PlanUnit &u : *all)
        out += QStringList{csv::field(u.key), csv::field(u.title), csv::field(u.parentKey),
                           csv::field(u.departmentCode), retentionText(u.retentionYears)}
                   .join(QLatin1Char(',')) +
               QLatin1Char('\n');
    return out.toUtf8();
}

} // namespace amtsdesk
