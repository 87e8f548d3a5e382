#include "programme/milestonefigures.h"

#include "store/database.h"
#include "workflow/processfigures.h"

#include <map>

namespace amtsdesk {

Result<QList<MilestoneMonth>> MilestoneFigures::compute(Database &db, const Actor &actor, DepartmentId department,
                                                        QDate from, QDate to)
{
    if (Status s = ProcessFigures::mayCompute(db, actor); !s)
        return s.error();
    const QDate today = db.clock().today();
    const QDate last = to.isValid() && to < today ? to : today;
    QString sql = QStringLiteral("SELECT m.due_date, m.done_date FROM milestones m "
                                 "JOIN subprojects p ON p.id = m.subproject_id WHERE m.due_date <= ?");
    QVariantList params{last.toString(Qt::ISODate)};
    if (from.isValid()) {
        sql += QStringLiteral(" AND m.due_date >= ?");
        params << from.toString(Qt::ISODate);
    }
    if (department.isValid()) {
        sql += QStringLiteral(" AND p.department_id = ?");
        params << department.value;
    }
    auto q = db.exec(sql, params);
    if (!q)
        return q.error();
    struct Tally {
        MilestoneMonth figures;
        QList<double> delays;
    };
    std::map<QString, Tally> months;
    while (q->next()) {
        const QDate due = QDate::fromString(q->value(0).toString(), Qt::ISODate);
        const QDate done = QDate::fromString(q->value(1).toString(), Qt::ISODate);
        if (!due.isValid())
            continue;
        Tally &t = months[due.toString(QStringLiteral("yyyy-MM"))];
        ++t.figures.due;
        if (!done.isValid()) {
            if (due < today)
                ++t.figures.overdue;
        } else if (done <= due) {
            ++t.figures.onTime;
        } else {
            ++t.figures.late;
            t.delays << double(due.daysTo(done));
        }
    }
    QList<MilestoneMonth> result;
    for (auto &[month, tally] : months) {
        std::sort(tally.delays.begin(), tally.delays.end());
        tally.figures.month = month;
        tally.figures.medianDelayDays = ProcessFigures::percentile(tally.delays, 50);
        result << tally.figures;
    }
    return result;
}

QByteArray MilestoneFigures::toCsv(const QList<MilestoneMonth> &months)
{
    QString out = QStringLiteral("month,due,on_time,late,overdue,median_delay_days\n");
    for (const MilestoneMonth &m : months) {
        out += QStringList{m.month, QString::number(m.due), QString::number(m.onTime), QString::number(m.late),
                           QString::number(m.overdue), QString::number(m.medianDelayDays, 'f', 1)}
                   .join(QLatin1Char(',')) +
               QLatin1Char('\n');
    }
    return out.toUtf8();
}

} // namespace amtsdesk
