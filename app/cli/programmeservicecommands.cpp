// amtsdesk-cli programme …: the OZG catalogue and the district's services with their maturity,
// training (staff, courses, sessions, attendance, required courses, coverage) and ideas.
#include "cli/cli.h"
#include "cli/programmeoptions.h"

#include "programme/ideas.h"
#include "programme/ozgservices.h"
#include "programme/subprojects.h"
#include "programme/training.h"

#include <QDir>
#include <QLocale>

namespace amtsdesk::cli {

namespace {

QString dateText(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("-");
}

QString maturityText(const Maturity &m)
{
    return QStringLiteral("%1/%2").arg(ProgrammeTerms::key(m.model)).arg(m.level);
}

Result<int> number(const QString &text, const QString &option, int min, int max)
{
    bool ok = false;
    const int n = text.toInt(&ok);
    if (!ok || n < min || n > max)
        return Error::invalid(
            Cli::tr("%1: '%2' is not a whole number from %3 to %4.").arg(option, text).arg(min).arg(max));
    return n;
}

} // namespace

int Cli::cmdProgrammeServices(const QString &sub, const QStringList &args)
{
    QCommandLineParser p;
    if (sub == QStringLiteral("catalogue")) {
        const QString what = args.value(0);
        if (what == QStringLiteral("import")) {
            p.setApplicationDescription(
                tr("Imports the OZG / LeiKa catalogue from CSV (leika_key, leika_name, leika_type, ozg_id, ozg_name, "
                   "life_situation, topic). A re-import updates; rows that do not fit are listed with their line. "
                   "Exit code 1 when rows were rejected."));
            p.addPositionalArgument(QStringLiteral("FILE"), tr("the catalogue (CSV, UTF-8)"));
            if (!parseCommand(p, QStringLiteral("programme catalogue import"), args.mid(1), 1, 1))
                return stopped(p);
            auto session = openSession();
            if (!session)
                return fail(session.error().message);
            auto r = OzgServices(*session->db).importCatalogueFile(session->actor, p.positionalArguments().first());
            if (!r)
                return fail(r.error().message);
            for (const CatalogueImport::Rejected &row : r->rejected)
                m_err << tr("line %1: %2").arg(row.line).arg(row.reason) << '\n';
            m_err.flush();
            m_out << tr("%1 added, %2 updated, %3 unchanged, %4 rejected.")
                         .arg(r->added)
                         .arg(r->updated)
                         .arg(r->unchanged)
                         .arg(r->rejected.size())
                  << Qt::endl;
            return r->rejected.isEmpty() ? Ok : ProblemsFound;
        }
        if (what == QStringLiteral("find")) {
            p.setApplicationDescription(tr("Finds services in the imported catalogue by name, LeiKa key or OZG id."));
            p.addPositionalArgument(QStringLiteral("TEXT"), tr("what to look for"));
            if (!parseCommand(p, QStringLiteral("programme catalogue find"), args.mid(1), 1, 1))
                return stopped(p);
            auto session = openSession();
            if (!session)
                return fail(session.error().message);
            auto found = OzgServices(*session->db).findInCatalogue(p.positionalArguments().first(), 100);
            if (!found)
                return fail(found.error().message);
            for (const CatalogueEntry &e : *found)
                m_out << (e.leikaKey.isEmpty() ? QStringLiteral("-") : e.leikaKey).leftJustified(16)
                      << e.ozgId.leftJustified(7) << e.leikaName << "  [" << e.ozgName << "]\n";
            m_out << tr("%n found", nullptr, int(found->size())) << Qt::endl;
            return Ok;
        }
        return fail(tr("Use: amtsdesk-cli programme catalogue import FILE | catalogue find TEXT"));
    }
    if (sub == QStringLiteral("services")) {
        p.setApplicationDescription(tr("Lists the OZG services the district offers with their maturity now and the "
                                       "target (model/level), status and go-live."));
        const QCommandLineOption department(QStringLiteral("department"), tr("only of this department"),
                                            QStringLiteral("CODE"));
        const QCommandLineOption status(QStringLiteral("status"), tr("only open, planning, in_progress or done"),
                                        QStringLiteral("STATUS"));
        p.addOptions({department, status});
        if (!parseCommand(p, QStringLiteral("programme services"), args, 0, 0))
            return stopped(p);
        auto session = openSession();
        if (!session)
            return fail(session.error().message);
        ServiceFilter filter;
        if (p.isSet(department)) {
            auto d = ProgrammeOptions(*session->db, session->actor)
                         .department(p.value(department), QStringLiteral("--department"));
            if (!d)
                return fail(d.error().message);
            filter.department = *d;
        }
        if (p.isSet(status)) {
            filter.status = ProgrammeTerms::serviceStatus(p.value(status));
            if (!filter.status)
                return fail(tr("--status: '%1' is not a status; use open, planning, in_progress or done.")
                                .arg(p.value(status)));
        }
        auto list = OzgServices(*session->db).services(filter);
        if (!list)
            return fail(list.error().message);
        for (const DistrictService &s : *list)
            m_out << QStringLiteral("#%1").arg(s.id.value).leftJustified(6) << s.departmentCode.leftJustified(6)
                  << (maturityText(s.now) + QStringLiteral(" → ") + maturityText(s.target)).leftJustified(14)
                  << ProgrammeTerms::key(s.status).leftJustified(12) << dateText(s.goLive).leftJustified(11)
                  << s.catalogue.leikaName << '\n';
        m_out << tr("%n service(s)", nullptr, int(list->size())) << Qt::endl;
        return Ok;
    }
    // service offer KEY … | service maturity ID … | service history ID
    const QString what = args.value(0);
    const QString name = QStringLiteral("programme service ") + what;
    const QCommandLineOption department(QStringLiteral("department"), tr("the responsible department"),
                                        QStringLiteral("CODE"));
    const QCommandLineOption subProject(QStringLiteral("subproject"), tr("the sub-project that implements it"),
                                        QStringLiteral("CODE"));
    const QCommandLineOption model(QStringLiteral("model"),
                                   tr("maturity model 1.1 (levels 0-4) or 2.0 (0-7); default 2.0"),
                                   QStringLiteral("MODEL"));
    const QCommandLineOption level(QStringLiteral("level"), tr("the maturity level now"), QStringLiteral("N"));
    const QCommandLineOption targetLevel(QStringLiteral("target-level"), tr("the level aimed at (default 3)"),
                                         QStringLiteral("N"));
    const QCommandLineOption link(QStringLiteral("link"), tr("the online service (http or https)"),
                                  QStringLiteral("URL"));
    const QCommandLineOption goLive(QStringLiteral("go-live"), tr("when it went or goes online"),
                                    QStringLiteral("DATE"));
    const QCommandLineOption status(QStringLiteral("status"), tr("open, planning, in_progress or done"),
                                    QStringLiteral("STATUS"));
    const QCommandLineOption date(QStringLiteral("date"), tr("the day the level was reached (default today)"),
                                  QStringLiteral("DATE"));
    const QCommandLineOption comment(QStringLiteral("comment"), tr("what changed"), QStringLiteral("TEXT"));
    if (what == QStringLiteral("offer")) {
        p.setApplicationDescription(tr("Offers a service of the catalogue in the district."));
        p.addPositionalArgument(QStringLiteral("KEY"), tr("the LeiKa key, or the OZG id"));
        p.addOptions({department, subProject, model, level, targetLevel, link, goLive, status});
    } else if (what == QStringLiteral("maturity")) {
        p.setApplicationDescription(tr("Records a new maturity level of an offered service; kept in its history."));
        p.addPositionalArgument(QStringLiteral("ID"), tr("the service's number (as 'programme services' lists it)"));
        p.addOptions({model, level, date, comment});
    } else if (what == QStringLiteral("history")) {
        p.setApplicationDescription(tr("Shows how the maturity of an offered service changed."));
        p.addPositionalArgument(QStringLiteral("ID"), tr("the service's number"));
    } else {
        return fail(tr("Use: amtsdesk-cli programme service offer KEY --department CODE … | service maturity ID "
                       "--level N … | service history ID"));
    }
    if (!parseCommand(p, name, args.mid(1), 1, 1))
        return stopped(p);
    auto session = openSession();
    if (!session)
        return fail(session.error().message);
    Database &db = *session->db;
    ProgrammeOptions o(db, session->actor);
    OzgServices services(db);
    const QString key = p.positionalArguments().first();
    if (what == QStringLiteral("history")) {
        auto steps = services.history(DistrictServiceId(key.toLongLong()));
        if (!steps)
            return fail(steps.error().message);
        for (const MaturityStep &s : *steps)
            m_out << dateText(s.date) << "  " << maturityText(s.maturity).leftJustified(6) << s.actorName
                  << (s.comment.isEmpty() ? QString() : QStringLiteral(": ") + s.comment) << '\n';
        m_out.flush();
        return Ok;
    }
    MaturityModel chosenModel = MaturityModel::V2_0;
    if (p.isSet(model)) {
        auto m = ProgrammeTerms::maturityModel(p.value(model));
        if (!m)
            return fail(tr("--model: '%1' is not a maturity model; use 1.1 or 2.0.").arg(p.value(model)));
        chosenModel = *m;
    }
    const int maxLevel = ProgrammeTerms::maxLevel(chosenModel);
    if (what == QStringLiteral("maturity")) {
        if (!p.isSet(level))
            return fail(tr("%1: --level is needed.").arg(name));
        auto n = number(p.value(level), QStringLiteral("--level"), 0, maxLevel);
        if (!n)
            return fail(n.error().message);
        QDate day;
        if (p.isSet(date)) {
            auto d = o.date(p.value(date), QStringLiteral("--date"), false);
            if (!d)
                return fail(d.error().message);
            day = *d;
        }
        if (Status s = services.setMaturity(session->actor, DistrictServiceId(key.toLongLong()),
                                            Maturity{chosenModel, *n}, day, p.value(comment));
            !s)
            return fail(s.error().message, ProblemsFound);
        m_out << tr("Service #%1 now at maturity level %2 (model %3).")
                     .arg(key)
                     .arg(*n)
                     .arg(ProgrammeTerms::key(chosenModel))
              << Qt::endl;
        return Ok;
    }
    auto entry = services.catalogueEntryByKey(key);
    if (!entry)
        return fail(entry.error().message);
    ServiceDraft draft;
    draft.catalogueEntry = entry->id;
    draft.department = session->actor.department;
    draft.now = Maturity{chosenModel, 0};
    draft.target = Maturity{chosenModel, std::min(3, maxLevel)};
    if (p.isSet(department)) {
        auto d = o.department(p.value(department), QStringLiteral("--department"));
        if (!d)
            return fail(d.error().message);
        draft.department = *d;
    }
    if (p.isSet(subProject)) {
        auto s = SubProjects(db).byCode(p.value(subProject));
        if (!s)
            return fail(tr("--subproject: %1").arg(s.error().message));
        draft.subProject = s->id;
    }
    if (p.isSet(level)) {
        auto n = number(p.value(level), QStringLiteral("--level"), 0, maxLevel);
        if (!n)
            return fail(n.error().message);
        draft.now.level = *n;
    }
    if (p.isSet(targetLevel)) {
        auto n = number(p.value(targetLevel), QStringLiteral("--target-level"), 0, maxLevel);
        if (!n)
            return fail(n.error().message);
        draft.target.level = *n;
    }
    draft.link = p.value(link);
    if (p.isSet(goLive)) {
        auto d = o.date(p.value(goLive), QStringLiteral("--go-live"), true);
        if (!d)
            return fail(d.error().message);
        draft.goLive = *d;
    }
    if (p.isSet(status)) {
        auto s = ProgrammeTerms::serviceStatus(p.value(status));
        if (!s)
            return fail(
                tr("--status: '%1' is not a status; use open, planning, in_progress or done.").arg(p.value(status)));
        draft.status = *s;
    }
    auto id = services.offer(session->actor, draft);
    if (!id)
        return fail(id.error().message, ProblemsFound);
    m_out << tr("Service #%1 offered: %2.").arg(id->value).arg(entry->leikaName) << Qt::endl;
    return Ok;
}

int Cli::cmdProgrammeTraining(const QString &sub, const QStringList &args)
{
    QCommandLineParser p;
    const QString name = QStringLiteral("programme ") + sub;
    const QCommandLineOption department(QStringLiteral("department"), tr("the department"), QStringLiteral("CODE"));
    const QCommandLineOption date(QStringLiteral("date"), tr("the day (default today)"), QStringLiteral("DATE"));
    int minArgs = 0, maxArgs = 0;
    if (sub == QStringLiteral("staff")) {
        p.setApplicationDescription(tr("Lists the staff directory, or adds a member of staff with --add NAME."));
        const QCommandLineOption add(QStringLiteral("add"), tr("add this person"), QStringLiteral("NAME"));
        const QCommandLineOption position(QStringLiteral("position"), tr("their position"), QStringLiteral("TEXT"));
        const QCommandLineOption login(QStringLiteral("login"), tr("their Amtsdesk login, if they have one"),
                                       QStringLiteral("LOGIN"));
        p.addOptions({department, add, position, login});
        if (!parseCommand(p, name, args, 0, 0))
            return stopped(p);
        auto session = openSession();
        if (!session)
            return fail(session.error().message);
        ProgrammeOptions o(*session->db, session->actor);
        Training training(*session->db);
        DepartmentId dept;
        if (p.isSet(department)) {
            auto d = o.department(p.value(department), QStringLiteral("--department"));
            if (!d)
                return fail(d.error().message);
            dept = *d;
        }
        if (p.isSet(add)) {
            NewStaffMember member{
                p.value(add), dept.isValid() ? dept : session->actor.department, p.value(position), {}, {}};
            if (p.isSet(login)) {
                auto u = AccessService(*session->db).userByLogin(p.value(login));
                if (!u)
                    return fail(tr("--login: %1").arg(u.error().message));
                member.user = u->id;
                member.email = u->email;
            }
            auto id = training.addStaff(session->actor, member);
            if (!id)
                return fail(id.error().message, ProblemsFound);
            m_out << tr("Staff member #%1 added: %2.").arg(id->value).arg(member.name) << Qt::endl;
            return Ok;
        }
        auto staff = training.staff(dept);
        if (!staff)
            return fail(staff.error().message);
        for (const StaffMember &s : *staff)
            m_out << QStringLiteral("#%1").arg(s.id.value).leftJustified(6) << s.departmentCode.leftJustified(6)
                  << s.name.leftJustified(24) << s.position << '\n';
        m_out << tr("%n member(s) of staff", nullptr, int(staff->size())) << Qt::endl;
        return Ok;
    }
    if (sub == QStringLiteral("course")) {
        p.setApplicationDescription(tr("Lists the courses, or adds one with --add CODE --title TEXT --kind KIND."));
        const QCommandLineOption add(QStringLiteral("add"), tr("the new course's code"), QStringLiteral("CODE"));
        const QCommandLineOption title(QStringLiteral("title"), tr("its title"), QStringLiteral("TEXT"));
        const QCommandLineOption kind(QStringLiteral("kind"),
                                      tr("efile_training, einvoice_training, digital_training, lightning_talk, "
                                         "consultation, citizen_workshop or workshop"),
                                      QStringLiteral("KIND"));
        p.addOptions({add, title, kind});
        if (!parseCommand(p, name, args, 0, 0))
            return stopped(p);
        auto session = openSession();
        if (!session)
            return fail(session.error().message);
        Training training(*session->db);
        if (p.isSet(add)) {
            Course c;
            c.code = p.value(add);
            c.title = p.value(title);
            auto k = ProgrammeTerms::courseKind(p.value(kind));
            if (!k)
                return fail(
                    tr("--kind: '%1' is not a kind of course; see 'programme course --help'.").arg(p.value(kind)));
            c.kind = *k;
            auto id = training.addCourse(session->actor, c);
            if (!id)
                return fail(id.error().message, ProblemsFound);
            m_out << tr("Course %1 added.").arg(c.code) << Qt::endl;
            return Ok;
        }
        auto courses = training.courses();
        if (!courses)
            return fail(courses.error().message);
        for (const Course &c : *courses)
            m_out << c.code.leftJustified(12) << ProgrammeTerms::key(c.kind).leftJustified(18) << c.title << '\n';
        m_out.flush();
        return Ok;
    }
    if (sub == QStringLiteral("session")) {
        p.setApplicationDescription(tr("Lists the sessions of a course, or adds one with --add DATE."));
        p.addPositionalArgument(QStringLiteral("COURSE"), tr("the course's code"));
        const QCommandLineOption add(QStringLiteral("add"), tr("a session on this day"), QStringLiteral("DATE"));
        const QCommandLineOption place(QStringLiteral("place"), tr("where"), QStringLiteral("TEXT"));
        const QCommandLineOption trainer(QStringLiteral("trainer"), tr("who trains"), QStringLiteral("TEXT"));
        p.addOptions({add, place, trainer});
        minArgs = maxArgs = 1;
        if (!parseCommand(p, name, args, minArgs, maxArgs))
            return stopped(p);
        auto session = openSession();
        if (!session)
            return fail(session.error().message);
        Training training(*session->db);
        auto course = training.courseByCode(p.positionalArguments().first());
        if (!course)
            return fail(course.error().message);
        if (p.isSet(add)) {
            auto d = ProgrammeOptions(*session->db, session->actor).date(p.value(add), QStringLiteral("--add"), true);
            if (!d)
                return fail(d.error().message);
            CourseSession s;
            s.course = course->id;
            s.date = *d;
            s.place = p.value(place);
            s.trainer = p.value(trainer);
            auto id = training.addSession(session->actor, s);
            if (!id)
                return fail(id.error().message, ProblemsFound);
            m_out << tr("Session #%1 of %2 on %3 added.").arg(id->value).arg(course->code, dateText(s.date))
                  << Qt::endl;
            return Ok;
        }
        auto sessions = training.sessions(course->id);
        if (!sessions)
            return fail(sessions.error().message);
        for (const CourseSession &s : *sessions)
            m_out << QStringLiteral("#%1").arg(s.id.value).leftJustified(6) << dateText(s.date) << "  "
                  << tr("%n attendee(s)", nullptr, s.attendees).leftJustified(14) << s.place << '\n';
        m_out.flush();
        return Ok;
    }
    if (sub == QStringLiteral("attend")) {
        p.setApplicationDescription(tr("Records that members of staff attended a session."));
        p.addPositionalArgument(QStringLiteral("SESSION"), tr("the session's number"));
        p.addPositionalArgument(QStringLiteral("STAFF"), tr("staff numbers"), QStringLiteral("STAFF…"));
        if (!parseCommand(p, name, args, 2, 10000))
            return stopped(p);
        auto session = openSession();
        if (!session)
            return fail(session.error().message);
        Training training(*session->db);
        const CourseSessionId sessionId(p.positionalArguments().first().toLongLong());
        int exit = Ok;
        for (const QString &member : p.positionalArguments().mid(1)) {
            if (Status s = training.recordAttendance(session->actor, sessionId, StaffId(member.toLongLong())); !s) {
                m_err << tr("staff #%1: %2").arg(member, s.error().message) << '\n';
                exit = ProblemsFound;
            }
        }
        m_err.flush();
        m_out << (exit == Ok ? tr("Attendance recorded.") : tr("Attendance recorded where possible.")) << Qt::endl;
        return exit;
    }
    if (sub == QStringLiteral("require")) {
        p.setApplicationDescription(tr("Makes a course required for a department's staff or for a role's holders."));
        p.addPositionalArgument(QStringLiteral("COURSE"), tr("the course's code"));
        const QCommandLineOption role(QStringLiteral("role"), tr("the role, e.g. invoice_checker"),
                                      QStringLiteral("ROLE"));
        p.addOptions({department, role});
        if (!parseCommand(p, name, args, 1, 1))
            return stopped(p);
        auto session = openSession();
        if (!session)
            return fail(session.error().message);
        Training training(*session->db);
        auto course = training.courseByCode(p.positionalArguments().first());
        if (!course)
            return fail(course.error().message);
        DepartmentId dept;
        if (p.isSet(department)) {
            auto d = ProgrammeOptions(*session->db, session->actor)
                         .department(p.value(department), QStringLiteral("--department"));
            if (!d)
                return fail(d.error().message);
            dept = *d;
        }
        auto id = training.addRequirement(session->actor, course->id, dept, p.value(role));
        if (!id)
            return fail(id.error().message, ProblemsFound);
        m_out << tr("%1 is now required.").arg(course->code) << Qt::endl;
        return Ok;
    }
    // coverage
    p.setApplicationDescription(tr("Per department and required course: how many of the staff who must take it have."));
    p.addOptions({department, date});
    if (!parseCommand(p, name, args, 0, 0))
        return stopped(p);
    auto session = openSession();
    if (!session)
        return fail(session.error().message);
    ProgrammeOptions o(*session->db, session->actor);
    DepartmentId dept;
    if (p.isSet(department)) {
        auto d = o.department(p.value(department), QStringLiteral("--department"));
        if (!d)
            return fail(d.error().message);
        dept = *d;
    }
    QDate day = session->db->clock().today();
    if (p.isSet(date)) {
        auto d = o.date(p.value(date), QStringLiteral("--date"), false);
        if (!d)
            return fail(d.error().message);
        day = *d;
    }
    auto coverage = Training(*session->db).coverage(day, dept);
    if (!coverage)
        return fail(coverage.error().message);
    for (const TrainingCoverage &c : *coverage)
        m_out << c.departmentCode.leftJustified(6) << c.courseCode.leftJustified(12)
              << QStringLiteral("%1/%2").arg(c.trained).arg(c.required).rightJustified(7) << "  "
              << QLocale().toString(100.0 * c.share(), 'f', 0).rightJustified(3) << "%  " << c.courseTitle << '\n';
    m_out.flush();
    return Ok;
}

int Cli::cmdProgrammeIdeas(const QString &sub, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption status(QStringLiteral("status"), tr("new, review, adopted or declined"),
                                    QStringLiteral("STATUS"));
    if (sub == QStringLiteral("ideas")) {
        p.setApplicationDescription(tr("Lists the ideas and suggestions, newest first."));
        p.addOption(status);
        if (!parseCommand(p, QStringLiteral("programme ideas"), args, 0, 0))
            return stopped(p);
        auto session = openSession();
        if (!session)
            return fail(session.error().message);
        std::optional<IdeaStatus> only;
        if (p.isSet(status)) {
            only = ProgrammeTerms::ideaStatus(p.value(status));
            if (!only)
                return fail(tr("--status: '%1' is not a status of an idea; use new, review, adopted or declined.")
                                .arg(p.value(status)));
        }
        auto ideas = Ideas(*session->db).list(only);
        if (!ideas)
            return fail(ideas.error().message);
        for (const Idea &i : *ideas) {
            m_out << QStringLiteral("#%1").arg(i.id.value).leftJustified(6) << dateText(i.submittedOn) << "  "
                  << ProgrammeTerms::key(i.status).leftJustified(9)
                  << (i.departmentCode.isEmpty() ? QStringLiteral("-") : i.departmentCode).leftJustified(6) << i.title
                  << "  (" << i.submittedBy << ')';
            if (!i.subProjectCode.isEmpty())
                m_out << " → " << i.subProjectCode;
            m_out << '\n';
        }
        m_out.flush();
        return Ok;
    }
    const QString what = args.value(0);
    const QString name = QStringLiteral("programme idea ") + what;
    if (what == QStringLiteral("add")) {
        p.setApplicationDescription(tr("Records an idea or suggestion."));
        p.addPositionalArgument(QStringLiteral("TITLE"), tr("the idea in a line"));
        const QCommandLineOption by(QStringLiteral("by"), tr("who brought it"), QStringLiteral("NAME"));
        const QCommandLineOption source(QStringLiteral("source"),
                                        tr("consultation, innovation_team, staff_workshop, citizen_workshop, "
                                           "lightning_talk or other"),
                                        QStringLiteral("SOURCE"));
        const QCommandLineOption department(QStringLiteral("department"), tr("the department it concerns"),
                                            QStringLiteral("CODE"));
        const QCommandLineOption description(QStringLiteral("description"), tr("more about it"),
                                             QStringLiteral("TEXT"));
        p.addOptions({by, source, department, description});
        if (!parseCommand(p, name, args.mid(1), 1, 1))
            return stopped(p);
        auto session = openSession();
        if (!session)
            return fail(session.error().message);
        NewIdea idea;
        idea.title = p.positionalArguments().first();
        idea.description = p.value(description);
        idea.submittedBy = p.isSet(by) ? p.value(by) : session->actor.displayName;
        if (p.isSet(source)) {
            auto s = ProgrammeTerms::ideaSource(p.value(source));
            if (!s)
                return fail(tr("--source: '%1' is not a source of ideas; see 'programme idea add --help'.")
                                .arg(p.value(source)));
            idea.source = *s;
        }
        if (p.isSet(department)) {
            auto d = ProgrammeOptions(*session->db, session->actor)
                         .department(p.value(department), QStringLiteral("--department"));
            if (!d)
                return fail(d.error().message);
            idea.department = *d;
        }
        auto id = Ideas(*session->db).record(session->actor, idea);
        if (!id)
            return fail(id.error().message, ProblemsFound);
        m_out << tr("Idea #%1 recorded.").arg(id->value) << Qt::endl;
        return Ok;
    }
    if (what == QStringLiteral("decide")) {
        p.setApplicationDescription(tr("Moves an idea to review, adopts or declines it (declining needs --reason). "
                                       "'programme add CODE --idea ID' turns an idea into a sub-project."));
        p.addPositionalArgument(QStringLiteral("ID"), tr("the idea's number"));
        p.addPositionalArgument(QStringLiteral("DECISION"), tr("review, adopted or declined"));
        const QCommandLineOption reason(QStringLiteral("reason"), tr("why"), QStringLiteral("TEXT"));
        p.addOption(reason);
        if (!parseCommand(p, name, args.mid(1), 2, 2))
            return stopped(p);
        auto decision = ProgrammeTerms::ideaStatus(p.positionalArguments().at(1));
        if (!decision || *decision == IdeaStatus::New)
            return fail(
                tr("'%1' is not a decision; use review, adopted or declined.").arg(p.positionalArguments().at(1)));
        auto session = openSession();
        if (!session)
            return fail(session.error().message);
        const IdeaId id(p.positionalArguments().first().toLongLong());
        if (Status s = Ideas(*session->db).decide(session->actor, id, *decision, p.value(reason)); !s)
            return fail(s.error().message, ProblemsFound);
        m_out << tr("Idea #%1: %2.").arg(id.value).arg(ProgrammeTerms::name(*decision)) << Qt::endl;
        return Ok;
    }
    return fail(
        tr("Use: amtsdesk-cli programme idea add TITLE … | idea decide ID review|adopted|declined [--reason TEXT]"));
}

} // namespace amtsdesk::cli
