#include "workflow/processfigures.h"

#include "access/accessservice.h"
#include "common/csv.h"
#include "store/database.h"
#include "workflow/workflowregistry.h"

#include <QMap>

#include <cmath>

namespace amtsdesk {

double ProcessFigures::percentile(const QList<double> &sorted, double p)
{
    if (sorted.isEmpty())
        return 0;
    const double rank = (p / 100.0) * double(sorted.size() - 1);
    const auto lower = qsizetype(std::floor(rank));
    const auto upper = qsizetype(std::ceil(rank));
    return sorted.at(lower) + (sorted.at(upper) - sorted.at(lower)) * (rank - double(lower));
}

Status ProcessFigures::mayCompute(Database &db, const Actor &actor)
{
    if (actor.hasRole(Role::ProcessManager) || actor.hasRole(Role::ProgrammeManager) ||
        actor.hasRole(Role::Administrator))
        return {};
    return AccessService(db).require(actor, Role::ProcessManager, QT_TR_NOOP("see process figures"));
}

Result<QList<StateFigure>> ProcessFigures::compute(Database &db, const Actor &actor, const QString &workflowKey,
                                                   QDate from, QDate to)
{
    if (Status s = mayCompute(db, actor); !s)
        return s.error();
    // Each history row enters a state; the next row of the same item leaves it.
    QString sql = QStringLiteral("WITH stays AS ("
                                 "  SELECT i.workflow_key AS workflow, h.to_state AS state, h.at AS entered, "
                                 "         LEAD(h.at) OVER (PARTITION BY h.item_id ORDER BY h.id) AS left_at "
                                 "  FROM workflow_history h JOIN workflow_items i ON i.id = h.item_id %1) "
                                 "SELECT workflow, substr(left_at, 1, 7) AS month, state, "
                                 "       (julianday(left_at) - julianday(entered)) * 24.0 AS hours "
                                 "FROM stays WHERE left_at IS NOT NULL %2 ORDER BY workflow, month, state, hours");
    QVariantList params;
    QString itemFilter;
    if (!workflowKey.isEmpty()) {
        itemFilter = QStringLiteral("WHERE i.workflow_key = ?");
        params << workflowKey;
    }
    QString stayFilter;
    if (from.isValid()) {
        stayFilter += QStringLiteral(" AND left_at >= ?");
        params << from.toString(Qt::ISODate);
    }
    if (to.isValid()) {
        stayFilter += QStringLiteral(" AND left_at < ?");
        params << to.addDays(1).toString(Qt::ISODate);
    }
    auto q = db.exec(sql.arg(itemFilter, stayFilter), params);
    if (!q)
        return q.error();
    struct Key {
        QString workflow, month, state;
        bool operator<(const Key &o) const
        {
            return std::tie(workflow, month, state) < std::tie(o.workflow, o.month, o.state);
        }
    };
    std::map<Key, QList<double>> groups;
    while (q->next())
        groups[Key{q->value(0).toString(), q->value(1).toString(), q->value(2).toString()}] << q->value(3).toDouble();

    WorkflowRegistry registry(db);
    QHash<QString, std::optional<WorkflowDefinition>> definitions;
    QList<StateFigure> figures;
    for (auto &[key, hours] : groups) {
        if (!definitions.contains(key.workflow)) {
            auto def = registry.current(key.workflow);
            definitions.insert(key.workflow, def ? std::optional<WorkflowDefinition>(*def) : std::nullopt);
        }
        const std::optional<WorkflowDefinition> &def = definitions.constFind(key.workflow).value();
        const WorkflowState *state = def ? def->state(key.state) : nullptr;
        std::sort(hours.begin(), hours.end());
        StateFigure f;
        f.workflowKey = key.workflow;
        f.workflowLabel = def ? def->label() : key.workflow;
        f.month = key.month;
        f.state = key.state;
        f.stateLabel = state ? state->labels.text(key.state) : key.state;
        f.stays = int(hours.size());
        f.medianHours = percentile(hours, 50);
        f.p90Hours = percentile(hours, 90);
        figures << f;
    }
    return figures;
}

QByteArray ProcessFigures::toCsv(const QList<StateFigure> &figures)
{
    QString out = QStringLiteral("workflow,month,state,state_label,stays,median_hours,p90_hours\n");
    for (const StateFigure &f : figures) {
        out += QStringList{csv::field(f.workflowKey),
                           f.month,
                           csv::field(f.state),
                           csv::field(f.stateLabel),
                           QString::number(f.stays),
                           QString::number(f.medianHours, 'f', 2),
                           QString::number(f.p90Hours, 'f', 2)}
                   .join(QLatin1Char(',')) +
               QLatin1Char('\n');
    }
    return out.toUtf8();
}

} // namespace amtsdesk
