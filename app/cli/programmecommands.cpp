// amtsdesk-cli programme …: the sub-projects of the digitalisation programme, their status
// reports and milestones, and the status report / newsletter.
#include "cli/cli.h"
#include "cli/programmeoptions.h"
#include "cli/texttable.h"

#include "access/accessservice.h"
#include "programme/ideas.h"
#include "programme/programmereport.h"
#include "programme/programmereportdocument.h"
#include "programme/subprojects.h"

#include <QDir>
#include <QLocale>

namespace amtsdesk::cli {

namespace {

QString dateText(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("-");
}

const QStringList kSubCommands{
    QStringLiteral("list"),     QStringLiteral("show"),      QStringLiteral("add"),     QStringLiteral("edit"),
    QStringLiteral("status"),   QStringLiteral("milestone"), QStringLiteral("report"),  QStringLiteral("catalogue"),
    QStringLiteral("services"), QStringLiteral("service"),   QStringLiteral("staff"),   QStringLiteral("course"),
    QStringLiteral("session"),  QStringLiteral("attend"),    QStringLiteral("require"), QStringLiteral("coverage"),
    QStringLiteral("ideas"),    QStringLiteral("idea"),
};

// The options of add and edit: everything a sub-project has.
struct DraftOptions {
    QCommandLineOption title{QStringLiteral("title"), Cli::tr("the title"), QStringLiteral("TEXT")};
    QCommandLineOption area{QStringLiteral("area"),
                            Cli::tr("programme area: efile, einvoice, ozg, process, training, infrastructure, other"),
                            QStringLiteral("AREA")};
    QCommandLineOption description{QStringLiteral("description"), Cli::tr("what it is about"), QStringLiteral("TEXT")};
    QCommandLineOption lead{QStringLiteral("lead"), Cli::tr("the login of the lead"), QStringLiteral("LOGIN")};
    QCommandLineOption department{QStringLiteral("department"), Cli::tr("the sponsoring department"),
                                  QStringLiteral("CODE")};
    QCommandLineOption participating{QStringLiteral("participating"),
                                     Cli::tr("participating departments, comma-separated"), QStringLiteral("CODES")};
    QCommandLineOption dependsOn{QStringLiteral("depends-on"),
                                 Cli::tr("sub-projects this one depends on, comma-separated"), QStringLiteral("CODES")};
    QCommandLineOption plannedStart{QStringLiteral("planned-start"), Cli::tr("planned start"), QStringLiteral("DATE")};
    QCommandLineOption plannedEnd{QStringLiteral("planned-end"), Cli::tr("planned end"), QStringLiteral("DATE")};
    QCommandLineOption forecastStart{QStringLiteral("forecast-start"), Cli::tr("forecast start"),
                                     QStringLiteral("DATE")};
    QCommandLineOption forecastEnd{QStringLiteral("forecast-end"), Cli::tr("forecast end"), QStringLiteral("DATE")};
    QCommandLineOption budget{QStringLiteral("budget"), Cli::tr("budget planned in euros, e.g. 25000.00"),
                              QStringLiteral("AMOUNT")};
    QCommandLineOption spent{QStringLiteral("spent"), Cli::tr("budget spent in euros"), QStringLiteral("AMOUNT")};
    QCommandLineOption risks{QStringLiteral("risks"), Cli::tr("the risks"), QStringLiteral("TEXT")};
    QCommandLineOption file{QStringLiteral("file"), Cli::tr("the e-file (reference number) for its documents"),
                            QStringLiteral("REFERENCE")};

    void addTo(QCommandLineParser &p)
    {
        p.addOptions({title, area, description, lead, department, participating, dependsOn, plannedStart, plannedEnd,
                      forecastStart, forecastEnd, budget, spent, risks, file});
    }

    // Applies the options given to draft; the error names the option and what is wrong.
    Status apply(const QCommandLineParser &p, const Actor &actor, Database &db, SubProjectDraft &draft) const
    {
        ProgrammeOptions o(db, actor);
        if (p.isSet(title))
            draft.title = p.value(title);
        if (p.isSet(description))
            draft.description = p.value(description);
        if (p.isSet(risks))
            draft.risks = p.value(risks);
        if (p.isSet(area)) {
            auto a = ProgrammeTerms::area(p.value(area));
            if (!a)
                return Error::invalid(Cli::tr("--area: '%1' is not a programme area; use efile, einvoice, ozg, "
                                              "process, training, infrastructure or other.")
                                          .arg(p.value(area)));
            draft.area = *a;
        }
        if (p.isSet(lead)) {
            auto u = o.user(p.value(lead));
            if (!u)
                return u.error();
            draft.lead = *u;
        }
        if (p.isSet(department)) {
            auto d = o.department(p.value(department), QStringLiteral("--department"));
            if (!d)
                return d.error();
            draft.department = *d;
        }
        if (p.isSet(participating)) {
            draft.participating.clear();
            for (const QString &code : o.list(p.value(participating))) {
                auto d = o.department(code, QStringLiteral("--participating"));
                if (!d)
                    return d.error();
                draft.participating << *d;
            }
        }
        if (p.isSet(dependsOn)) {
            draft.dependsOn.clear();
            for (const QString &code : o.list(p.value(dependsOn))) {
                auto s = SubProjects(db).byCode(code);
                if (!s)
                    return Error::invalid(Cli::tr("--depends-on: %1").arg(s.error().message));
                draft.dependsOn << s->id;
            }
        }
        const std::pair<const QCommandLineOption *, QDate *> dates[] = {{&plannedStart, &draft.plannedStart},
                                                                        {&plannedEnd, &draft.plannedEnd},
                                                                        {&forecastStart, &draft.forecastStart},
                                                                        {&forecastEnd, &draft.forecastEnd}};
        for (const auto &[option, target] : dates) {
            if (!p.isSet(*option))
                continue;
            auto d = o.date(p.value(*option), QStringLiteral("--") + option->names().first(), true);
            if (!d)
                return d.error();
            *target = *d;
        }
        const std::pair<const QCommandLineOption *, Decimal *> amounts[] = {{&budget, &draft.budgetPlanned},
                                                                            {&spent, &draft.budgetSpent}};
        for (const auto &[option, target] : amounts) {
            if (!p.isSet(*option))
                continue;
            auto d = Decimal::parse(p.value(*option));
            if (!d)
                return Error::invalid(Cli::tr("--%1: '%2' is not an amount in euros (e.g. 25000.00).")
                                          .arg(option->names().first(), p.value(*option)));
            *target = *d;
        }
        if (p.isSet(file)) {
            if (p.value(file).isEmpty()) {
                draft.file = {};
            } else {
                auto f = o.file(p.value(file));
                if (!f)
                    return f.error();
                draft.file = *f;
            }
        }
        return {};
    }
};

SubProjectDraft draftOf(const SubProject &s)
{
    SubProjectDraft d;
    d.code = s.code;
    d.title = s.title;
    d.area = s.area;
    d.description = s.description;
    d.lead = s.lead;
    d.department = s.department;
    d.participating = s.participating;
    d.dependsOn = s.dependsOn;
    d.plannedStart = s.plannedStart;
    d.plannedEnd = s.plannedEnd;
    d.forecastStart = s.forecastStart;
    d.forecastEnd = s.forecastEnd;
    d.budgetPlanned = s.budgetPlanned;
    d.budgetSpent = s.budgetSpent;
    d.risks = s.risks;
    d.file = s.file;
    if (s.idea)
        d.idea = *s.idea;
    return d;
}

} // namespace

int Cli::cmdProgramme(const QStringList &args)
{
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    if (sub == QStringLiteral("--help") || sub == QStringLiteral("-h") || sub.isEmpty()) {
        m_out << tr("Usage: amtsdesk-cli programme %1 … (--help on each)").arg(kSubCommands.join(QLatin1Char('|')))
              << Qt::endl;
        return sub.isEmpty() ? UsageOrReadError : Ok;
    }
    if (!kSubCommands.contains(sub))
        return fail(
            tr("'programme %1' is not a command; use one of: %2.").arg(sub, kSubCommands.join(QStringLiteral(", "))));
    if (sub == QStringLiteral("catalogue") || sub.startsWith(QStringLiteral("service")))
        return cmdProgrammeServices(sub, rest);
    if (QStringList{QStringLiteral("staff"), QStringLiteral("course"), QStringLiteral("session"),
                    QStringLiteral("attend"), QStringLiteral("require"), QStringLiteral("coverage")}
            .contains(sub))
        return cmdProgrammeTraining(sub, rest);
    if (sub.startsWith(QStringLiteral("idea")))
        return cmdProgrammeIdeas(sub, rest);
    if (sub == QStringLiteral("report"))
        return cmdProgrammeReport(rest);

    QCommandLineParser p;
    const QString name = QStringLiteral("programme ") + sub;
    if (sub == QStringLiteral("list")) {
        p.setApplicationDescription(tr("Lists the sub-projects: code, traffic light, progress, phase, department, "
                                       "lead, forecast end and title."));
        const QCommandLineOption department(QStringLiteral("department"),
                                            tr("only those this department sponsors or takes part in"),
                                            QStringLiteral("CODE"));
        const QCommandLineOption area(QStringLiteral("area"), tr("only of this programme area"),
                                      QStringLiteral("AREA"));
        const QCommandLineOption light(QStringLiteral("light"),
                                       tr("only with this traffic light: green, amber, red, none"),
                                       QStringLiteral("LIGHT"));
        const QCommandLineOption open(QStringLiteral("open"), tr("without the completed ones"));
        p.addOptions({department, area, light, open});
        if (!parseCommand(p, name, rest, 0, 0))
            return stopped(p);
        auto session = openSession();
        if (!session)
            return fail(session.error().message);
        ProgrammeOptions o(*session->db, session->actor);
        SubProjectFilter filter;
        filter.includeCompleted = !p.isSet(open);
        if (p.isSet(department)) {
            auto d = o.department(p.value(department), QStringLiteral("--department"));
            if (!d)
                return fail(d.error().message);
            filter.department = *d;
        }
        if (p.isSet(area)) {
            filter.area = ProgrammeTerms::area(p.value(area));
            if (!filter.area)
                return fail(tr("--area: '%1' is not a programme area.").arg(p.value(area)));
        }
        if (p.isSet(light)) {
            filter.trafficLight = ProgrammeTerms::trafficLight(p.value(light));
            if (!filter.trafficLight)
                return fail(
                    tr("--light: '%1' is not a traffic light; use green, amber, red or none.").arg(p.value(light)));
        }
        auto list = SubProjects(*session->db).list(filter);
        if (!list)
            return fail(list.error().message);
        // The traffic light as the key --light takes.
        TextTable table({{tr("Code")}, {tr("Light")}, {tr("Progress"), TextTable::Right}, {tr("Phase")},
                         {tr("Dept.")}, {tr("Lead")}, {tr("End")}, {tr("Title")}});
        for (const SubProject &s : *list)
            table.addRow({s.code, ProgrammeTerms::key(s.trafficLight), QStringLiteral("%1%").arg(s.progress),
                          s.phaseLabel, s.departmentCode, s.leadName,
                          dateText(s.forecastEnd.isValid() ? s.forecastEnd : s.plannedEnd), s.title});
        if (!list->isEmpty())
            m_out << table.toString();
        m_out << tr("%n sub-project(s)", nullptr, int(list->size())) << Qt::endl;
        return Ok;
    }
    if (sub == QStringLiteral("show")) {
        p.setApplicationDescription(tr("Shows a sub-project with its milestones and status reports."));
        p.addPositionalArgument(QStringLiteral("CODE"), tr("the sub-project"));
        if (!parseCommand(p, name, rest, 1, 1))
            return stopped(p);
        auto session = openSession();
        if (!session)
            return fail(session.error().message);
        SubProjects projects(*session->db);
        auto s = projects.byCode(p.positionalArguments().first());
        if (!s)
            return fail(s.error().message);
        auto milestones = projects.milestones(s->id);
        auto reports = projects.reports(s->id);
        if (!milestones || !reports)
            return fail((!milestones ? milestones.error() : reports.error()).message);
        const QDate today = session->db->clock().today();
        m_out << s->code << "  " << s->title << '\n'
              << tr("Area:          %1").arg(ProgrammeTerms::name(s->area)) << '\n'
              << tr("Phase:         %1 (workflow item #%2)").arg(s->phaseLabel).arg(s->workflowItem.value) << '\n'
              << tr("Status:        %1, %2% done").arg(ProgrammeTerms::name(s->trafficLight)).arg(s->progress);
        if (!s->trafficReason.isEmpty())
            m_out << " - " << s->trafficReason.section(QLatin1Char('\n'), 0, 0);
        m_out << '\n'
              << tr("Lead:          %1").arg(s->leadName) << '\n'
              << tr("Department:    %1").arg(s->departmentCode);
        if (!s->participatingCodes.isEmpty())
            m_out << tr(", with %1").arg(s->participatingCodes.join(QStringLiteral(", ")));
        m_out << '\n'
              << tr("Planned:       %1 – %2").arg(dateText(s->plannedStart), dateText(s->plannedEnd)) << '\n'
              << tr("Forecast:      %1 – %2").arg(dateText(s->forecastStart), dateText(s->forecastEnd)) << '\n'
              << tr("Budget:        %1 EUR planned, %2 EUR spent")
                     .arg(s->budgetPlanned.toString(2), s->budgetSpent.toString(2))
              << '\n';
        if (!s->dependsOnCodes.isEmpty())
            m_out << tr("Depends on:    %1").arg(s->dependsOnCodes.join(QStringLiteral(", "))) << '\n';
        if (s->file.isValid())
            m_out << tr("E-file:        %1").arg(s->fileReference) << '\n';
        if (s->idea) {
            auto idea = Ideas(*session->db).idea(*s->idea);
            m_out << tr("From idea:     #%1 %2").arg(s->idea->value).arg(idea ? idea->title : QString()) << '\n';
        }
        if (!s->risks.isEmpty())
            m_out << tr("Risks:         %1").arg(s->risks) << '\n';
        if (!s->description.isEmpty())
            m_out << '\n' << s->description << '\n';
        m_out << '\n' << tr("Milestones:") << '\n';
        for (const Milestone &m : *milestones) {
            const QString mark = m.done.isValid()     ? QStringLiteral("✓")
                                 : m.isOverdue(today) ? QStringLiteral("!")
                                                      : QStringLiteral(" ");
            m_out << "  " << mark << ' ' << QStringLiteral("#%1").arg(m.id.value).leftJustified(6) << dateText(m.due)
                  << "  " << m.title;
            if (m.done.isValid())
                m_out << ' ' << tr("(reached %1)").arg(dateText(m.done));
            m_out << '\n';
        }
        m_out << '\n' << tr("Status reports:") << '\n';
        for (const StatusReport &r : *reports)
            m_out << "  " << dateText(r.date) << "  " << ProgrammeTerms::key(r.trafficLight).leftJustified(6)
                  << QStringLiteral("%1%").arg(r.progress).rightJustified(4) << "  " << r.authorName << ": "
                  << QString(r.text).replace(QLatin1Char('\n'), QStringLiteral(" / ")) << '\n';
        m_out.flush();
        return Ok;
    }
    if (sub == QStringLiteral("add") || sub == QStringLiteral("edit")) {
        const bool add = sub == QStringLiteral("add");
        p.setApplicationDescription(
            add ? tr("Creates a sub-project in the phase 'Idea'. The programme manager may create any; a "
                     "digitalisation officer those their departments sponsor. --idea carries on an adopted idea.")
                : tr("Changes what is given of a sub-project; the rest stays."));
        p.addPositionalArgument(QStringLiteral("CODE"), tr("the sub-project's code, e.g. TP-07"));
        DraftOptions options;
        options.addTo(p);
        const QCommandLineOption idea(QStringLiteral("idea"), tr("the idea it carries on (its number)"),
                                      QStringLiteral("ID"));
        if (add)
            p.addOption(idea);
        if (!parseCommand(p, name, rest, 1, 1))
            return stopped(p);
        auto session = openSession();
        if (!session)
            return fail(session.error().message);
        Database &db = *session->db;
        SubProjects projects(db);
        SubProjectDraft draft;
        qint64 rowVersion = 0;
        SubProjectId id;
        if (add) {
            draft.code = p.positionalArguments().first();
            draft.lead = session->actor.userId;
            draft.department = session->actor.department;
        } else {
            auto s = projects.byCode(p.positionalArguments().first());
            if (!s)
                return fail(s.error().message);
            draft = draftOf(*s);
            rowVersion = s->rowVersion;
            id = s->id;
        }
        if (Status s = options.apply(p, session->actor, db, draft); !s)
            return fail(s.error().message);
        if (!add) {
            if (Status s = projects.update(session->actor, id, draft, rowVersion); !s)
                return fail(s.error().message, ProblemsFound);
            m_out << tr("Changed %1.").arg(draft.code) << Qt::endl;
            return Ok;
        }
        Result<SubProjectId> created =
            p.isSet(idea) ? Ideas(db).turnIntoSubProject(session->actor, IdeaId(p.value(idea).toLongLong()), draft)
                          : projects.create(session->actor, draft);
        if (!created)
            return fail(created.error().message, ProblemsFound);
        m_out << tr("Created the sub-project %1.").arg(draft.code) << Qt::endl;
        return Ok;
    }
    if (sub == QStringLiteral("status")) {
        p.setApplicationDescription(
            tr("Adds a status report: a dated snapshot of traffic light, progress and text that is never changed. "
               "Amber and red need a text with the reason."));
        p.addPositionalArgument(QStringLiteral("CODE"), tr("the sub-project"));
        const QCommandLineOption light(QStringLiteral("light"), tr("green, amber, red or none"),
                                       QStringLiteral("LIGHT"));
        const QCommandLineOption progress(QStringLiteral("progress"), tr("per cent done, 0 to 100"),
                                          QStringLiteral("N"));
        const QCommandLineOption text(QStringLiteral("text"), tr("what happened, what comes next, the reason"),
                                      QStringLiteral("TEXT"));
        const QCommandLineOption date(QStringLiteral("date"), tr("the day it reports on (default today)"),
                                      QStringLiteral("DATE"));
        p.addOptions({light, progress, text, date});
        if (!parseCommand(p, name, rest, 1, 1))
            return stopped(p);
        auto session = openSession();
        if (!session)
            return fail(session.error().message);
        SubProjects projects(*session->db);
        auto s = projects.byCode(p.positionalArguments().first());
        if (!s)
            return fail(s.error().message);
        NewStatusReport report;
        report.trafficLight = s->trafficLight;
        report.progress = s->progress;
        if (p.isSet(light)) {
            auto l = ProgrammeTerms::trafficLight(p.value(light));
            if (!l)
                return fail(
                    tr("--light: '%1' is not a traffic light; use green, amber, red or none.").arg(p.value(light)));
            report.trafficLight = *l;
        }
        if (p.isSet(progress)) {
            bool ok = false;
            report.progress = p.value(progress).toInt(&ok);
            if (!ok)
                return fail(tr("--progress: '%1' is not a whole number from 0 to 100.").arg(p.value(progress)));
        }
        report.text = p.value(text);
        if (p.isSet(date)) {
            auto d =
                ProgrammeOptions(*session->db, session->actor).date(p.value(date), QStringLiteral("--date"), false);
            if (!d)
                return fail(d.error().message);
            report.date = *d;
        }
        auto id = projects.addReport(session->actor, s->id, report);
        if (!id)
            return fail(id.error().message, ProblemsFound);
        m_out << tr("Status report %1 added to %2.").arg(*id).arg(s->code) << Qt::endl;
        return Ok;
    }
    // milestone add CODE TITLE --due DATE | milestone done ID [--date DATE] | milestone move ID --due DATE
    const QString what = rest.value(0);
    const QString milestoneName = name + QLatin1Char(' ') + what;
    const QCommandLineOption due(QStringLiteral("due"), tr("the due date"), QStringLiteral("DATE"));
    const QCommandLineOption date(QStringLiteral("date"), tr("the day it was reached (default today)"),
                                  QStringLiteral("DATE"));
    if (what == QStringLiteral("add")) {
        p.setApplicationDescription(tr("Adds a milestone to a sub-project."));
        p.addPositionalArgument(QStringLiteral("CODE"), tr("the sub-project"));
        p.addPositionalArgument(QStringLiteral("TITLE"), tr("what is reached"));
        p.addOption(due);
    } else if (what == QStringLiteral("done") || what == QStringLiteral("move")) {
        p.setApplicationDescription(what == QStringLiteral("done") ? tr("Marks a milestone reached.")
                                                                   : tr("Moves an open milestone to a new due date."));
        p.addPositionalArgument(QStringLiteral("ID"), tr("the milestone's number (as 'programme show' lists it)"));
        p.addOption(what == QStringLiteral("done") ? date : due);
    } else {
        return fail(tr("Use: amtsdesk-cli programme milestone add CODE TITLE --due DATE | milestone done ID "
                       "[--date DATE] | milestone move ID --due DATE"));
    }
    if (!parseCommand(p, milestoneName, rest.mid(1), what == QStringLiteral("add") ? 2 : 1,
                      what == QStringLiteral("add") ? 2 : 1))
        return stopped(p);
    auto session = openSession();
    if (!session)
        return fail(session.error().message);
    ProgrammeOptions o(*session->db, session->actor);
    SubProjects projects(*session->db);
    QDate day;
    if (p.isSet(due) || p.isSet(date)) {
        auto d = o.date(p.isSet(due) ? p.value(due) : p.value(date),
                        p.isSet(due) ? QStringLiteral("--due") : QStringLiteral("--date"), true);
        if (!d)
            return fail(d.error().message);
        day = *d;
    } else if (what != QStringLiteral("done")) {
        return fail(tr("%1: --due is needed.").arg(milestoneName));
    }
    if (what == QStringLiteral("add")) {
        auto s = projects.byCode(p.positionalArguments().at(0));
        if (!s)
            return fail(s.error().message);
        auto id = projects.addMilestone(session->actor, s->id, p.positionalArguments().at(1), day);
        if (!id)
            return fail(id.error().message, ProblemsFound);
        m_out << tr("Milestone #%1 added to %2, due %3.").arg(id->value).arg(s->code, dateText(day)) << Qt::endl;
        return Ok;
    }
    const MilestoneId id(p.positionalArguments().first().toLongLong());
    const Status s = what == QStringLiteral("done") ? projects.completeMilestone(session->actor, id, day)
                                                    : projects.moveMilestone(session->actor, id, day);
    if (!s)
        return fail(s.error().message, ProblemsFound);
    m_out << (what == QStringLiteral("done") ? tr("Milestone #%1 reached.") : tr("Milestone #%1 moved.")).arg(id.value)
          << Qt::endl;
    return Ok;
}

int Cli::cmdProgrammeReport(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("The status report / newsletter of the programme for a day, for one department or the whole programme: "
           "as PDF (with the charts), as HTML, or as a text summary when neither is asked for."));
    const QCommandLineOption pdf(QStringLiteral("pdf"), tr("write the report as PDF"), QStringLiteral("FILE"));
    const QCommandLineOption html(QStringLiteral("html"), tr("write the report as HTML"), QStringLiteral("FILE"));
    const QCommandLineOption date(QStringLiteral("date"), tr("the day it stands on (default today)"),
                                  QStringLiteral("DATE"));
    const QCommandLineOption department(QStringLiteral("department"), tr("only this department"),
                                        QStringLiteral("CODE"));
    const QCommandLineOption period(QStringLiteral("period"),
                                    tr("days looked back (reached, went online) and ahead (due); default 30"),
                                    QStringLiteral("DAYS"));
    p.addOptions({pdf, html, date, department, period});
    if (!parseCommand(p, QStringLiteral("programme report"), args, 0, 0))
        return stopped(p);
    auto session = openSession();
    if (!session)
        return fail(session.error().message);
    ProgrammeOptions o(*session->db, session->actor);
    ProgrammeReportRequest request;
    if (p.isSet(date)) {
        auto d = o.date(p.value(date), QStringLiteral("--date"), false);
        if (!d)
            return fail(d.error().message);
        request.date = *d;
    }
    if (p.isSet(department)) {
        auto d = o.department(p.value(department), QStringLiteral("--department"));
        if (!d)
            return fail(d.error().message);
        request.department = *d;
    }
    if (p.isSet(period)) {
        bool ok = false;
        request.periodDays = p.value(period).toInt(&ok);
        if (!ok || request.periodDays < 1 || request.periodDays > 366)
            return fail(tr("--period: '%1' is not a number of days from 1 to 366.").arg(p.value(period)));
    }
    auto data = ProgrammeReport::gather(*session->db, session->actor, request);
    if (!data)
        return fail(data.error().message);
    if (p.isSet(pdf)) {
        if (Status s = ui::ProgrammeReportDocument::writePdf(*data, p.value(pdf)); !s)
            return fail(s.error().message);
        m_out << tr("Wrote the status report to %1.").arg(QDir::toNativeSeparators(p.value(pdf))) << '\n';
    }
    if (p.isSet(html)) {
        if (Status s = ui::ProgrammeReportDocument::writeHtml(*data, p.value(html)); !s)
            return fail(s.error().message);
        m_out << tr("Wrote the status report to %1.").arg(QDir::toNativeSeparators(p.value(html))) << '\n';
    }
    if (p.isSet(pdf) || p.isSet(html)) {
        m_out.flush();
        return Ok;
    }
    int red = 0, amber = 0;
    for (const ReportedSubProject &r : data->subProjects) {
        red += r.trafficLight == TrafficLight::Red;
        amber += r.trafficLight == TrafficLight::Amber;
    }
    m_out << tr("Status report %1, %2").arg(data->scope, dateText(data->date)) << '\n'
          << tr("Sub-projects: %1 (%2 at risk, %3 off track)").arg(data->subProjects.size()).arg(amber).arg(red) << '\n'
          << tr("Milestones: %1 reached since %2, %3 due until %4, %5 overdue")
                 .arg(data->reached.size())
                 .arg(dateText(data->periodStart))
                 .arg(data->due.size())
                 .arg(dateText(data->periodEnd))
                 .arg(data->overdue.size())
          << '\n'
          << tr("OZG services: %1, %2 went online since %3")
                 .arg(data->services.size())
                 .arg(data->wentOnline.size())
                 .arg(dateText(data->periodStart))
          << '\n';
    for (const ReportedSubProject &r : data->subProjects) {
        m_out << "  " << r.subProject.code.leftJustified(8) << ProgrammeTerms::key(r.trafficLight).leftJustified(6)
              << r.subProject.phaseLabel.leftJustified(16) << r.subProject.title;
        if (r.latest)
            m_out << "  (" << dateText(r.latest->date) << ')';
        m_out << '\n';
    }
    int required = 0, trained = 0;
    for (const TrainingCoverage &c : data->coverage) {
        required += c.required;
        trained += c.trained;
    }
    if (required > 0)
        m_out << tr("Training: %1 of %2 required trainings done (%3%)")
                     .arg(trained)
                     .arg(required)
                     .arg(QLocale().toString(100.0 * trained / required, 'f', 0))
              << '\n';
    m_out.flush();
    return Ok;
}

} // namespace amtsdesk::cli
