#include "efile/listscope.h"

#include "efile/fileplan.h"
#include "efile/fileservice.h"
#include "store/database.h"

#include <QSet>

namespace amtsdesk {

Result<ResolvedScope> ResolvedScope::resolve(Database &db, const Actor &actor, const ListScope &scope)
{
    ResolvedScope r;
    QStringList conditions;
    QStringList alongOrder;
    // Who may see a file: the people of its lead department (and their deputies), as FileService says.
    if (!actor.isSystem) {
        const QSet<DepartmentId> departments = actor.departments();
        if (departments.isEmpty()) {
            conditions << QStringLiteral("0");
            alongOrder << QStringLiteral("0");
        } else {
            conditions << QStringLiteral("f.lead_department_id IN (%1)").arg(sqlPlaceholders(departments.size()));
            alongOrder << QStringLiteral("+f.lead_department_id IN (%1)").arg(sqlPlaceholders(departments.size()));
            for (const DepartmentId d : departments)
                r.params << d.value;
        }
    }
    FileService files(db);
    switch (scope.kind) {
    case ListScope::Kind::All: break;
    case ListScope::Kind::PlanUnit: {
        auto units = FilePlan(db).units();
        if (!units)
            return units.error();
        QList<qint64> ids;
        for (const PlanUnit &u : *units) {
            if (u.id == scope.unit)
                ids << u.id.value;
        }
        if (ids.isEmpty())
            return Error::notFound(tr("The file plan has no unit number %1.").arg(scope.unit.value));
        // The units below it, level by level (the plan is a tree of a few hundred units).
        for (qsizetype i = 0; i < ids.size(); ++i) {
            for (const PlanUnit &u : *units) {
                if (u.parent.value == ids.at(i))
                    ids << u.id.value;
            }
        }
        conditions << QStringLiteral("f.plan_unit_id IN (%1)").arg(sqlPlaceholders(ids.size()));
        alongOrder << QStringLiteral("+f.plan_unit_id IN (%1)").arg(sqlPlaceholders(ids.size()));
        for (qint64 id : std::as_const(ids))
            r.params << id;
        break;
    }
    case ListScope::Kind::File: {
        auto file = files.loadFile(scope.file);
        if (!file)
            return file.error();
        if (Status s = files.mayRead(actor, *file); !s)
            return s.error();
        conditions << QStringLiteral("f.id = ?");
        alongOrder << conditions.last();
        r.params << scope.file.value;
        break;
    }
    case ListScope::Kind::Case: {
        auto fileId = db.scalar(QStringLiteral("SELECT file_id FROM cases WHERE id = ?"), {scope.caseId.value});
        if (!fileId)
            return fileId.error();
        if (!fileId->isValid())
            return Error::notFound(tr("There is no case number %1.").arg(scope.caseId.value));
        auto file = files.loadFile(FileId(fileId->toLongLong()));
        if (!file)
            return file.error();
        if (Status s = files.mayRead(actor, *file); !s)
            return s.error();
        conditions << QStringLiteral("c.id = ?");
        alongOrder << conditions.last();
        r.params << scope.caseId.value;
        break;
    }
    }
    r.where = conditions.join(QStringLiteral(" AND "));
    r.whereAlongOrder = alongOrder.join(QStringLiteral(" AND "));
    return r;
}

Status ResolvedScope::weigh(Database &db, const QString &table, const QString &countSql, ListScope::Kind kind)
{
    // Row ids only grow: the largest is the table's size as far as this choice cares.
    auto tableRows = db.scalar(QStringLiteral("SELECT max(id) FROM %1").arg(table));
    if (!tableRows)
        return tableRows.error();
    qint64 scopeRows = 0;
    if (kind == ListScope::Kind::File || kind == ListScope::Kind::Case) {
        auto n = db.scalar(countSql, params);
        if (!n)
            return n.error();
        scopeRows = n->toLongLong();
    } else {
        auto scopeFiles = db.scalar(QStringLiteral("SELECT count(*) FROM files f") +
                                        (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where),
                                    params);
        auto allFiles = db.scalar(QStringLiteral("SELECT max(id) FROM files"));
        if (!scopeFiles || !allFiles)
            return !scopeFiles ? scopeFiles.error() : allFiles.error();
        scopeRows = scopeFiles->toLongLong() * tableRows->toLongLong() / std::max<qint64>(1, allFiles->toLongLong());
    }
    // Along the index a window of 100 rows passes about 100 * tableRows / scopeRows rows;
    // gathering reads and sorts scopeRows. Past a hundredth of the table, the index wins.
    large = scopeRows > 2000 && scopeRows * 100 > tableRows->toLongLong();
    return {};
}

Result<int> ScopedList::count() const
{
    auto n = m_db->scalar(m_countSql, m_keyset.params);
    if (!n)
        return n.error();
    return n->toInt();
}

Result<int> ScopedList::rowWhere(const QString &idCondition, qint64 id) const
{
    QStringList terms;
    for (const SortTerm &t : m_keyset.order)
        terms << t.expression;
    QVariantList values = m_keyset.params;
    values << id;
    auto q = m_db->exec(QStringLiteral("SELECT %1 FROM %2 WHERE %3%4")
                            .arg(terms.join(QStringLiteral(", ")), m_lookupFrom,
                                 m_keyset.where.isEmpty() ? QString() : QStringLiteral("(%1) AND ").arg(m_keyset.where),
                                 idCondition),
                        values);
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(tr("Number %1 is not in this list.").arg(id));
    ListPosition position;
    for (int i = 0; i < terms.size(); ++i)
        position << q->value(i);
    q->finish();
    return m_keyset.countBefore(*m_db, position);
}

QList<qint64> ScopedList::idsOf(const QList<ListPosition> &positions)
{
    QList<qint64> ids;
    ids.reserve(positions.size());
    for (const ListPosition &p : positions)
        ids << p.constLast().toLongLong();
    return ids;
}

} // namespace amtsdesk
