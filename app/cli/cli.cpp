#include "cli/cli.h"

#include "cli/commandline.h"

#include "access/accessservice.h"

#include <QDir>
#include <QHash>

namespace amtsdesk::cli {

int Cli::fail(const QString &message, int code)
{
    m_err << "amtsdesk-cli: " << message << Qt::endl;
    return code;
}

int Cli::usage()
{
    m_out << tr("Usage: amtsdesk-cli [--database PATH] [--user LOGIN] [--lang de|en|tr] COMMAND [ARGS]") << '\n'
          << '\n'
          << tr("Commands:") << '\n';
    for (const Command &c : m_commands)
        m_out << "  " << c.name.leftJustified(14) << c.summary << '\n';
    m_out
        << '\n'
        << tr("Global options:") << '\n'
        << "  --database PATH  "
        << tr("the store to use (also AMTSDESK_DATABASE); default: the administrator's setting, else your data folder")
        << '\n'
        << "  --user LOGIN     " << tr("act as LOGIN (demo and test stores only)") << '\n'
        << "  --lang LANG      " << tr("language of messages: de, en or tr") << '\n'
        << "  --help, --version" << '\n'
        << '\n'
        << tr("Run 'amtsdesk-cli COMMAND --help' for the options of a command.") << Qt::endl;
    return Ok;
}

bool Cli::parseCommand(QCommandLineParser &parser, const QString &name, const QStringList &args, int minPositional,
                       int maxPositional)
{
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(QStringList{QStringLiteral("amtsdesk-cli ") + name} + args)) {
        fail(tr("%1: %2").arg(name, parser.errorText()));
        return false;
    }
    if (parser.isSet(help)) {
        m_out << parser.helpText().replace(QCoreApplication::arguments().value(0),
                                           QStringLiteral("amtsdesk-cli ") + name);
        m_out.flush();
        return false;
    }
    const int n = int(parser.positionalArguments().size());
    if (n < minPositional || n > maxPositional) {
        fail(tr("%1: wrong number of arguments; see 'amtsdesk-cli %1 --help'.").arg(name));
        return false;
    }
    return true;
}

int Cli::stopped(const QCommandLineParser &parser) const
{
    return parser.isSet(QStringLiteral("help")) ? Ok : UsageOrReadError;
}

Result<std::unique_ptr<Database>> Cli::openStore(bool forReading)
{
    auto db = Database::open(m_location.path);
    if (!db && forReading && db.error().code == ErrorCode::PermissionDenied) {
        auto readOnly = Database::openReadOnly(m_location.path);
        if (!readOnly)
            return readOnly.error();
        m_err << "amtsdesk-cli: "
              << tr("%1 cannot be written; it is read as it is, without changing anything.")
                     .arg(QDir::toNativeSeparators(m_location.path))
              << Qt::endl;
        db = std::move(readOnly);
    }
    if (db && !m_user.isEmpty() && (*db)->kind() == StoreKind::Production)
        return Error::denied(
            tr("--user works on demo and test stores only; on this store you act as your own login (%1).")
                .arg(currentSystemLogin()));
    return db;
}

Result<Cli::Session> Cli::openSession()
{
    auto db = openStore();
    if (!db)
        return db.error();
    auto actor = AccessService(**db).actorForLogin(m_user.isEmpty() ? currentSystemLogin() : m_user);
    if (!actor)
        return actor.error();
    return Session{std::move(*db), std::move(*actor)};
}

int Cli::run(const QStringList &arguments)
{
    m_commands = {
        {QStringLiteral("init"), tr("create a new store with its first administrator"),
         [this](const QStringList &a) { return cmdInit(a); }},
        {QStringLiteral("demo"), tr("create a demo store of a realistic district office"),
         [this](const QStringList &a) { return cmdDemo(a); }},
        {QStringLiteral("generate"), tr("fill a new demo store with a district's records at a chosen size"),
         [this](const QStringList &a) { return cmdGenerate(a); }},
        {QStringLiteral("verify"),
         tr("check integrity, the audit chain, every document's hash and that every record is whole"),
         [this](const QStringList &a) { return cmdVerify(a); }},
        {QStringLiteral("audit-head"), tr("print the hash of the newest audit entry"),
         [this](const QStringList &a) { return cmdAuditHead(a); }},
        {QStringLiteral("backup"), tr("write a consistent backup into a new folder"),
         [this](const QStringList &a) { return cmdBackup(a); }},
        {QStringLiteral("restore"), tr("put a backup in place of the store"),
         [this](const QStringList &a) { return cmdRestore(a); }},
        {QStringLiteral("merge-index"), tr("merge the search index into one piece after a bulk import"),
         [this](const QStringList &a) { return cmdMergeIndex(a); }},
        {QStringLiteral("whoami"), tr("show who you act as, with roles and deputyships"),
         [this](const QStringList &a) { return cmdWhoami(a); }},
        {QStringLiteral("users"), tr("list the users and departments of the store"),
         [this](const QStringList &a) { return cmdUsers(a); }},
        {QStringLiteral("tasks"), tr("list what waits for you (Meine Aufgaben)"),
         [this](const QStringList &a) { return cmdTasks(a); }},
        {QStringLiteral("workflow"), tr("list, install and show workflows; take a step on an item"),
         [this](const QStringList &a) { return cmdWorkflow(a); }},
        {QStringLiteral("figures"), tr("process figures: time spent per state and month"),
         [this](const QStringList &a) { return cmdFigures(a); }},
        {QStringLiteral("plan"), tr("import, export and list the file plan"),
         [this](const QStringList &a) { return cmdPlan(a); }},
        {QStringLiteral("file"), tr("create, list, close and re-file files (Akten)"),
         [this](const QStringList &a) { return cmdFile(a); }},
        {QStringLiteral("case"), tr("open a case (Vorgang) in a file"),
         [this](const QStringList &a) { return cmdCase(a); }},
        {QStringLiteral("import"), tr("store files as documents of a case"),
         [this](const QStringList &a) { return cmdImport(a); }},
        {QStringLiteral("inbox"), tr("watch an inbox folder (scanner) and add what arrives to a case"),
         [this](const QStringList &a) { return cmdInbox(a); }},
        {QStringLiteral("show"), tr("show a file with its cases and documents"),
         [this](const QStringList &a) { return cmdShow(a); }},
        {QStringLiteral("search"), tr("full-text search in the documents you may read"),
         [this](const QStringList &a) { return cmdSearch(a); }},
        {QStringLiteral("export"), tr("write a file or case as a folder with metadata"),
         [this](const QStringList &a) { return cmdExport(a); }},
        {QStringLiteral("resubmission"), tr("put a case on resubmission (Wiedervorlage)"),
         [this](const QStringList &a) { return cmdResubmission(a); }},
        {QStringLiteral("disposal"), tr("files past their retention: list, request and approve destruction"),
         [this](const QStringList &a) { return cmdDisposal(a); }},
        {QStringLiteral("invoice"), tr("e-invoices: validate, show, and the inbox (import, approve, export)"),
         [this](const QStringList &a) { return cmdInvoice(a); }},
        {QStringLiteral("programme"),
         tr("the digitalisation programme: sub-projects, OZG services, training, ideas, report"),
         [this](const QStringList &a) { return cmdProgramme(a); }},
    };

    // Global options may stand before or after the command: take them out first.
    QStringList rest;
    QHash<QString, QString> global;
    const QStringList globalNames{QStringLiteral("database"), QStringLiteral("user"), QStringLiteral("lang")};
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        const QString name =
            arg.startsWith(QStringLiteral("--")) ? arg.mid(2).section(QLatin1Char('='), 0, 0) : QString();
        if (!globalNames.contains(name)) {
            rest << arg;
            continue;
        }
        if (arg.contains(QLatin1Char('='))) {
            global.insert(name, arg.section(QLatin1Char('='), 1));
        } else if (i + 1 < arguments.size()) {
            global.insert(name, arguments.at(++i));
        } else {
            return fail(tr("--%1 needs a value.").arg(name));
        }
    }
    auto language = Application::installTranslations(global.value(QStringLiteral("lang")));
    if (!language)
        return fail(language.error().message);
    if (rest.isEmpty())
        return usage(), UsageOrReadError;
    if (rest.first() == QStringLiteral("--help") || rest.first() == QStringLiteral("-h"))
        return usage();
    if (rest.first() == QStringLiteral("--version")) {
        m_out << "amtsdesk-cli " << Application::version() << Qt::endl;
        return Ok;
    }
    if (rest.first().startsWith(QLatin1Char('-')))
        return fail(tr("Unknown option '%1'; run 'amtsdesk-cli --help'.").arg(rest.first()));

    m_location = resolveStoreLocation(global.value(QStringLiteral("database")));
    m_user = global.value(QStringLiteral("user"));
    const QString name = rest.first();
    for (const Command &c : m_commands) {
        if (c.name == name)
            return c.handler(rest.mid(1));
    }
    return fail(tr("'%1' is not a command; run 'amtsdesk-cli --help' for the list.").arg(name));
}
int run(const QStringList &arguments)
{
    Cli cli;
    return cli.run(arguments);
}

} // namespace amtsdesk::cli
