#include "store/keysetquery.h"

#include "store/database.h"

#include <QSqlError>

#include <sqlite3.h>

namespace amtsdesk {

namespace {

QString term(const SortTerm &t, const QString &expression)
{
    return t.noCase ? expression + QStringLiteral(" COLLATE NOCASE") : expression;
}

QString alias(int i)
{
    return QStringLiteral("_k%1").arg(i);
}

} // namespace

QString KeysetQuery::keyColumns() const
{
    QStringList columns;
    for (int i = 0; i < order.size(); ++i)
        columns << QStringLiteral("%1 AS %2").arg(order.at(i).expression, alias(i));
    return columns.join(QStringLiteral(", "));
}

QString KeysetQuery::orderBy(bool descendingOrder, bool aliases) const
{
    QStringList terms;
    for (int i = 0; i < order.size(); ++i) {
        const QString t = term(order.at(i), aliases ? alias(i) : order.at(i).expression);
        terms << (descendingOrder ? t + QStringLiteral(" DESC") : t);
    }
    return QStringLiteral(" ORDER BY ") + terms.join(QStringLiteral(", "));
}

QList<QPair<QString, QVariantList>> KeysetQuery::arms(const ListPosition &position, bool after) const
{
    // "After (a, b, id)" is: a > ?, or a = ? and b > ?, or a = ? and b = ? and id > ?. Each arm
    // is a prefix of equalities and one range, which an index on (a, b, id) serves with a seek.
    const QString op = (after != descending) ? QStringLiteral(" > ?") : QStringLiteral(" < ?");
    QList<QPair<QString, QVariantList>> result;
    for (int j = int(order.size()) - 1; j >= 0; --j) {
        QStringList conditions;
        QVariantList values;
        for (int i = 0; i < j; ++i) {
            conditions << term(order.at(i), order.at(i).expression) + QStringLiteral(" = ?");
            values << position.value(i);
        }
        conditions << term(order.at(j), order.at(j).expression) + op;
        values << position.value(j);
        result.append({conditions.join(QStringLiteral(" AND ")), values});
    }
    return result;
}

Result<QList<ListPosition>> KeysetQuery::read(Database &db, const ListPosition &position, bool backwards, int offset,
                                             int limit) const
{
    const bool descendingOrder = descending != backwards;
    const QString select = QStringLiteral("SELECT %1 FROM %2").arg(keyColumns(), from);
    QString sql;
    QVariantList values;
    if (position.isEmpty()) {
        sql = select + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where) +
              orderBy(descendingOrder, false) + QStringLiteral(" LIMIT ? OFFSET ?");
        values << params << limit << offset;
    } else {
        // Each arm brings at most what the window needs, in order; the small union is sorted.
        QStringList parts;
        for (const auto &[condition, armValues] : arms(position, !backwards)) {
            parts << QStringLiteral("SELECT * FROM (%1 WHERE %2%3 LIMIT ?)")
                         .arg(select,
                              where.isEmpty() ? condition : QStringLiteral("(%1) AND %2").arg(where, condition),
                              orderBy(descendingOrder, false));
            values << params << armValues << offset + limit;
        }
        sql = parts.join(QStringLiteral(" UNION ALL ")) + orderBy(descendingOrder, true) +
              QStringLiteral(" LIMIT ? OFFSET ?");
        values << limit << offset;
    }
    auto q = db.exec(sql, values);
    if (!q)
        return q.error();
    QList<ListPosition> result;
    const int terms = int(order.size());
    while (q->next()) {
        ListPosition p;
        p.reserve(terms);
        for (int i = 0; i < terms; ++i)
            p << q->value(i);
        result << p;
    }
    return result;
}

Result<int> KeysetQuery::countBefore(Database &db, const ListPosition &position) const
{
    if (position.isEmpty())
        return 0;
    QStringList parts;
    QVariantList values;
    for (const auto &[condition, armValues] : arms(position, false)) {
        parts << QStringLiteral("(SELECT count(*) FROM %1 WHERE %2)")
                     .arg(from, where.isEmpty() ? condition : QStringLiteral("(%1) AND %2").arg(where, condition));
        values << params << armValues;
    }
    auto n = db.scalar(QStringLiteral("SELECT ") + parts.join(QStringLiteral(" + ")), values);
    if (!n)
        return n.error();
    return n->toInt();
}

Result<ListOutline> KeysetQuery::outline(Database &db, int step, const std::atomic<bool> *cancelled) const
{
    if (step < 1)
        return Error::internal(tr("An outline needs a step of at least one row."));
    QStringList aliases;
    for (int i = 0; i < order.size(); ++i)
        aliases << alias(i);
    // The numbering walks the order's index once; only every step-th row leaves SQLite.
    const QString sql =
        QStringLiteral("SELECT %1 FROM (SELECT %2, row_number() OVER (%3) AS _rn FROM %4%5) WHERE _rn % ? = 0")
            .arg(aliases.join(QStringLiteral(", ")), keyColumns(), orderBy(descending, false).trimmed(), from,
                 where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where);
    QVariantList values = params;
    values << step;
    // SQLite asks every few thousand steps whether to go on.
    struct Watch {
        sqlite3 *handle;
        ~Watch() { sqlite3_progress_handler(handle, 0, nullptr, nullptr); }
    } watch{db.handle()};
    if (cancelled) {
        sqlite3_progress_handler(
            watch.handle, 10000,
            [](void *flag) { return static_cast<const std::atomic<bool> *>(flag)->load() ? 1 : 0; },
            const_cast<std::atomic<bool> *>(cancelled));
    }
    auto q = db.exec(sql, values);
    if (cancelled && cancelled->load())
        return Error::conflict(tr("The outline of the list was no longer needed."));
    if (!q)
        return q.error();
    ListOutline result;
    result.step = step;
    const int terms = int(order.size());
    while (q->next()) {
        ListPosition p;
        for (int i = 0; i < terms; ++i)
            p << q->value(i);
        result.marks << p;
    }
    if (cancelled && cancelled->load())
        return Error::conflict(tr("The outline of the list was no longer needed."));
    if (q->lastError().isValid())
        return Error::io(tr("A database statement failed: %1").arg(sqlErrorText(*q)));
    return result;
}

} // namespace amtsdesk
