// The commands about workflows: the task list, definitions, steps on items, process figures.
#include "cli/cli.h"
#include "cli/texttable.h"

#include "access/accessservice.h"
#include "tasks/standardtasks.h"
#include "programme/milestonefigures.h"
#include "workflow/processfigures.h"
#include "workflow/workflowengine.h"

#include <QFile>
#include <QJsonDocument>
#include <QLocale>

namespace amtsdesk::cli {

namespace {

QString dateText(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("-");
}

} // namespace

int Cli::cmdTasks(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Lists what waits for you, also as deputy, soonest due first; '!' marks overdue items."));
    if (!parseCommand(p, QStringLiteral("tasks"), args, 0, 0))
        return stopped(p);
    auto session = openSession();
    if (!session)
        return fail(session.error().message);
    Database &db = *session->db;
    Actor &actor = session->actor;
    auto tasks = standardTaskList(db).tasksFor(actor);
    if (!tasks)
        return fail(tasks.error().message);
    if (tasks->isEmpty()) {
        m_out << tr("Nothing waits for you.") << Qt::endl;
        return Ok;
    }
    for (const Task &t : *tasks) {
        QStringList steps;
        for (const TaskAction &a : t.actions)
            steps << a.transition;
        m_out << (t.overdue ? "! " : "  ") << dateText(t.dueDate).leftJustified(11) << ' '
              << QStringLiteral("#%1").arg(t.workflowItem.value).leftJustified(7) << t.kind << ": " << t.title << " ["
              << t.state << ']';
        if (t.onBehalfOf)
            m_out << ' ' << tr("(i.V. %1)").arg(t.onBehalfOfName);
        m_out << "  " << tr("steps: %1").arg(steps.join(QStringLiteral(", "))) << '\n';
    }
    m_out.flush();
    return Ok;
}

int Cli::cmdWorkflow(const QStringList &args)
{
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    QCommandLineParser p;
    if (sub == QStringLiteral("list")) {
        p.setApplicationDescription(tr("Lists the workflows with their version and states."));
        if (!parseCommand(p, QStringLiteral("workflow list"), rest, 0, 0))
            return stopped(p);
        auto db = openStore();
        if (!db)
            return fail(db.error().message);
        auto all = WorkflowRegistry(**db).all();
        if (!all)
            return fail(all.error().message);
        for (const WorkflowDefinition &def : *all) {
            QStringList states;
            for (const WorkflowState &s : def.states())
                states << s.labels.text(s.key);
            m_out << def.key().leftJustified(12) << tr("version %1").arg(def.version()).leftJustified(11) << def.label()
                  << ": " << states.join(QStringLiteral(" → ")) << '\n';
        }
        m_out.flush();
        return Ok;
    }
    if (sub == QStringLiteral("install")) {
        p.setApplicationDescription(
            tr("Checks a workflow definition (JSON) and installs it as the new version of its workflow. "
               "Items already under way keep the version they started under."));
        p.addPositionalArgument(QStringLiteral("FILE"), tr("the definition"));
        if (!parseCommand(p, QStringLiteral("workflow install"), rest, 1, 1))
            return stopped(p);
        const QString path = p.positionalArguments().first();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(tr("%1 cannot be read: %2").arg(path, file.errorString()));
        auto session = openSession();
        if (!session)
            return fail(session.error().message);
        Database &db = *session->db;
        Actor &actor = session->actor;
        auto def = WorkflowRegistry(db).install(actor, file.read(2 << 20), path);
        if (!def)
            return fail(def.error().message, ProblemsFound);
        m_out << tr("Installed the workflow \"%1\" as version %2.").arg(def->key()).arg(def->version()) << Qt::endl;
        return Ok;
    }
    if (sub == QStringLiteral("show")) {
        p.setApplicationDescription(tr("Shows an item's state, fields and history, and the steps you may take."));
        p.addPositionalArgument(QStringLiteral("ITEM"), tr("the item number (as 'tasks' shows it)"));
        if (!parseCommand(p, QStringLiteral("workflow show"), rest, 1, 1))
            return stopped(p);
        auto session = openSession();
        if (!session)
            return fail(session.error().message);
        Database &db = *session->db;
        Actor &actor = session->actor;
        WorkflowEngine engine(db);
        auto item = engine.item(actor, WorkflowItemId(p.positionalArguments().first().toLongLong()));
        if (!item)
            return fail(item.error().message,
                        item.error().code == ErrorCode::PermissionDenied ? ProblemsFound : UsageOrReadError);
        auto def = engine.definitionOf(*item);
        auto history = engine.history(item->id);
        auto steps = engine.available(actor, *item);
        if (!def || !history || !steps)
            return fail((!def ? def.error() : !history ? history.error() : steps.error()).message);
        const WorkflowState *state = def->state(item->state);
        m_out << QStringLiteral("#%1 ").arg(item->id.value) << item->title << '\n'
              << tr("Workflow: %1, version %2").arg(def->label()).arg(item->definitionVersion) << '\n'
              << tr("State: %1 since %2")
                     .arg(state ? state->labels.text(item->state) : item->state,
                          QLocale().toString(item->stateSince.toLocalTime(), QLocale::ShortFormat))
              << '\n'
              << tr("Due: %1").arg(dateText(item->dueDate)) << '\n';
        if (!item->fields.isEmpty())
            m_out << tr("Fields: %1").arg(QString::fromUtf8(QJsonDocument(item->fields).toJson(QJsonDocument::Compact)))
                  << '\n';
        m_out << tr("History:") << '\n';
        for (const WorkflowHistoryEntry &h : *history) {
            const QString who = h.onBehalfOf ? tr("%1 i.V. %2").arg(h.actorName, h.onBehalfOfName) : h.actorName;
            m_out << "  " << QLocale().toString(h.at.toLocalTime(), QLocale::ShortFormat) << "  "
                  << (h.transition.isEmpty() ? tr("started") : h.transitionLabel) << " → " << h.toStateLabel << "  "
                  << who;
            if (!h.comment.isEmpty())
                m_out << "  \"" << h.comment << '"';
            m_out << '\n';
        }
        QStringList names;
        for (const WorkflowTransition &t : *steps)
            names << QStringLiteral("%1 (%2)").arg(t.key, t.labels.text(t.key));
        m_out << tr("Steps you may take: %1").arg(names.isEmpty() ? tr("none") : names.join(QStringLiteral(", ")))
              << Qt::endl;
        return Ok;
    }
    if (sub == QStringLiteral("take")) {
        p.setApplicationDescription(tr("Takes a step (transition) on an item: one transaction with every check; "
                                       "exit code 1 when it is refused."));
        p.addPositionalArgument(QStringLiteral("ITEM"), tr("the item number"));
        p.addPositionalArgument(QStringLiteral("STEP"), tr("the step's key, e.g. start_work"));
        const QCommandLineOption comment(QStringLiteral("comment"), tr("why (some steps need it)"),
                                         QStringLiteral("TEXT"));
        const QCommandLineOption field(QStringLiteral("field"),
                                       tr("fill a field, e.g. cost_centre=20-110 (repeatable)"),
                                       QStringLiteral("NAME=VALUE"));
        const QCommandLineOption expect(QStringLiteral("expect-version"),
                                        tr("refuse when the item changed since you saw this version"),
                                        QStringLiteral("N"));
        const QCommandLineOption deputy(QStringLiteral("for"), tr("act as deputy (i.V.) for LOGIN"),
                                        QStringLiteral("LOGIN"));
        p.addOptions({comment, field, expect, deputy});
        if (!parseCommand(p, QStringLiteral("workflow take"), rest, 2, 2))
            return stopped(p);
        TransitionRequest request;
        request.transition = p.positionalArguments().at(1);
        request.comment = p.value(comment);
        for (const QString &f : p.values(field)) {
            const qsizetype eq = f.indexOf(QLatin1Char('='));
            if (eq <= 0)
                return fail(tr("--field needs NAME=VALUE, not \"%1\".").arg(f));
            request.fields.insert(f.left(eq), f.mid(eq + 1));
        }
        if (p.isSet(expect)) {
            bool ok = false;
            request.expectedRowVersion = p.value(expect).toLongLong(&ok);
            if (!ok)
                return fail(tr("--expect-version needs a number, not \"%1\".").arg(p.value(expect)));
        }
        auto session = openSession();
        if (!session)
            return fail(session.error().message);
        Database &db = *session->db;
        Actor &actor = session->actor;
        if (p.isSet(deputy)) {
            auto acting = AccessService(db).actAsDeputy(actor, p.value(deputy));
            if (!acting)
                return fail(acting.error().message, ProblemsFound);
            actor = *acting;
        }
        WorkflowEngine engine(db);
        auto item = engine.take(actor, WorkflowItemId(p.positionalArguments().first().toLongLong()), request);
        if (!item)
            return fail(item.error().message,
                        item.error().code == ErrorCode::NotFound ? UsageOrReadError : ProblemsFound);
        auto def = engine.definitionOf(*item);
        const WorkflowState *state = def ? def->state(item->state) : nullptr;
        m_out << tr("#%1 is now \"%2\" (version %3).")
                     .arg(item->id.value)
                     .arg(state ? state->labels.text(item->state) : item->state)
                     .arg(item->rowVersion)
              << Qt::endl;
        return Ok;
    }
    m_out << tr("Usage: amtsdesk-cli workflow list | install FILE | show ITEM | take ITEM STEP [options]") << Qt::endl;
    return sub == QStringLiteral("--help") || sub == QStringLiteral("-h") ? Ok : UsageOrReadError;
}

int Cli::cmdFigures(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Process figures from the workflow history: per workflow, state and month, how many "
           "items left the state and the median and 90th percentile of the hours they spent in it."));
    const QCommandLineOption workflow(QStringLiteral("workflow"), tr("only this workflow"), QStringLiteral("KEY"));
    const QCommandLineOption from(QStringLiteral("from"), tr("first day (YYYY-MM-DD)"), QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), tr("last day (YYYY-MM-DD)"), QStringLiteral("DATE"));
    const QCommandLineOption csv(QStringLiteral("csv"), tr("write CSV to FILE ('-' for standard output)"),
                                 QStringLiteral("FILE"));
    const QCommandLineOption milestones(
        QStringLiteral("milestones"),
        tr("the programme's milestones instead: per month due, how many were reached on time, late, or are overdue"));
    const QCommandLineOption department(QStringLiteral("department"),
                                        tr("with --milestones: only the sub-projects this department sponsors"),
                                        QStringLiteral("CODE"));
    p.addOptions({workflow, from, to, csv, milestones, department});
    if (!parseCommand(p, QStringLiteral("figures"), args, 0, 0))
        return stopped(p);
    QDate fromDate, toDate;
    for (const auto &[option, date] : {std::pair{&from, &fromDate}, std::pair{&to, &toDate}}) {
        if (!p.isSet(*option))
            continue;
        *date = QDate::fromString(p.value(*option), Qt::ISODate);
        if (!date->isValid())
            return fail(
                tr("--%1 needs a date as YYYY-MM-DD, not \"%2\".").arg(option->names().first(), p.value(*option)));
    }
    auto session = openSession();
    if (!session)
        return fail(session.error().message);
    Database &db = *session->db;
    Actor &actor = session->actor;
    if (p.isSet(milestones))
        return printMilestoneFigures(db, actor, p.value(department), fromDate, toDate, p.value(csv));
    if (p.isSet(department))
        return fail(tr("--department goes with --milestones."));
    auto figures = ProcessFigures::compute(db, actor, p.value(workflow), fromDate, toDate);
    if (!figures)
        return fail(figures.error().message,
                    figures.error().code == ErrorCode::PermissionDenied ? ProblemsFound : UsageOrReadError);
    if (p.isSet(csv))
        return writeCsv(ProcessFigures::toCsv(*figures), int(figures->size()), p.value(csv));
    const QLocale locale;
    TextTable table({{tr("Workflow")}, {tr("Month")}, {tr("State")}, {tr("Items"), TextTable::Right},
                     {tr("Median h"), TextTable::Right}, {tr("90 % h"), TextTable::Right}});
    for (const StateFigure &f : *figures)
        table.addRow({f.workflowLabel, f.month, f.stateLabel, QString::number(f.stays),
                      locale.toString(f.medianHours, 'f', 1), locale.toString(f.p90Hours, 'f', 1)});
    m_out << table.toString();
    m_out.flush();
    return Ok;
}

int Cli::writeCsv(const QByteArray &bytes, int rows, const QString &target)
{
    if (target == QStringLiteral("-")) {
        m_out << QString::fromUtf8(bytes);
        m_out.flush();
        return Ok;
    }
    QFile file(target);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        return fail(tr("%1 cannot be written: %2").arg(target, file.errorString()));
    m_out << tr("Wrote %1 rows to %2.").arg(rows).arg(target) << Qt::endl;
    return Ok;
}

int Cli::printMilestoneFigures(Database &db, const Actor &actor, const QString &departmentCode, QDate from, QDate to,
                               const QString &csvTarget)
{
    DepartmentId department;
    if (!departmentCode.isEmpty()) {
        auto found = AccessService(db).departmentByCode(departmentCode);
        if (!found)
            return fail(found.error().message);
        department = *found;
    }
    auto months = MilestoneFigures::compute(db, actor, department, from, to);
    if (!months)
        return fail(months.error().message,
                    months.error().code == ErrorCode::PermissionDenied ? ProblemsFound : UsageOrReadError);
    if (!csvTarget.isEmpty())
        return writeCsv(MilestoneFigures::toCsv(*months), int(months->size()), csvTarget);
    const QLocale locale;
    TextTable table({{tr("Month due")}, {tr("Due"), TextTable::Right}, {tr("On time"), TextTable::Right},
                     {tr("Late"), TextTable::Right}, {tr("Overdue"), TextTable::Right},
                     {tr("Median delay (days)"), TextTable::Right}});
    for (const MilestoneMonth &m : *months)
        table.addRow({m.month, QString::number(m.due), QString::number(m.onTime), QString::number(m.late),
                      QString::number(m.overdue),
                      m.late > 0 ? locale.toString(m.medianDelayDays, 'f', 1) : QStringLiteral("-")});
    m_out << table.toString();
    m_out.flush();
    return Ok;
}

} // namespace amtsdesk::cli
