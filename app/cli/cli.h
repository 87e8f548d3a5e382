#pragma once

#include "access/actor.h"
#include "common/application.h"
#include "common/result.h"
#include "efile/batchimport.h"
#include "store/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <functional>
#include <memory>

namespace amtsdesk::cli {

// One run of amtsdesk-cli: global options, the command table and the helpers the commands
// share. The commands live in the *commands.cpp files beside this one.
class Cli {
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    enum Exit { Ok = 0, ProblemsFound = 1, UsageOrReadError = 2 };

    int run(const QStringList &arguments);

private:
    struct Command {
        QString name;
        QString summary;
        std::function<int(const QStringList &)> handler;
    };

    int fail(const QString &message, int code = UsageOrReadError);
    int usage();
    // Parses a command's own arguments; false when the command should stop (help shown or an
    // error reported), and then helpShown() tells which.
    bool parseCommand(QCommandLineParser &parser, const QString &name, const QStringList &args, int minPositional,
                      int maxPositional);
    int stopped(const QCommandLineParser &parser) const;
    // The open store and the acting user: the operating-system login, or --user on a demo or test store.
    struct Session {
        std::unique_ptr<Database> db;
        Actor actor;
    };
    // forReading: a store that cannot be written (a read-only disk) is opened read-only instead,
    // saying so on standard error; for the commands that only read (verify, audit-head, backup).
    Result<std::unique_ptr<Database>> openStore(bool forReading = false);
    Result<Session> openSession();

    int cmdInit(const QStringList &args);
    int cmdDemo(const QStringList &args);
    int cmdGenerate(const QStringList &args);
    int cmdVerify(const QStringList &args);
    int cmdAuditHead(const QStringList &args);
    int cmdBackup(const QStringList &args);
    int cmdRestore(const QStringList &args);
    int cmdMergeIndex(const QStringList &args);
    int cmdWhoami(const QStringList &args);
    int cmdUsers(const QStringList &args);
    int cmdTasks(const QStringList &args);
    int cmdWorkflow(const QStringList &args);
    int cmdFigures(const QStringList &args);
    int printMilestoneFigures(Database &db, const Actor &actor, const QString &departmentCode, QDate from, QDate to,
                              const QString &csvTarget);
    // CSV to a file, or to standard output for "-".
    int writeCsv(const QByteArray &bytes, int rows, const QString &target);
    int cmdPlan(const QStringList &args);
    int cmdFile(const QStringList &args);
    int cmdCase(const QStringList &args);
    int cmdImport(const QStringList &args);
    int cmdShow(const QStringList &args);
    int cmdSearch(const QStringList &args);
    int cmdInbox(const QStringList &args);
    // One line per file of an import: added (with what was noticed), already there, failed.
    void printImportSummary(const ImportSummary &summary);
    int cmdExport(const QStringList &args);
    int cmdResubmission(const QStringList &args);
    int cmdDisposal(const QStringList &args);
    int cmdInvoice(const QStringList &args);
    int cmdInvoiceShow(const QStringList &args);
    // The inbox: import, list, info, route, routes, step, reject, export, file-plan, archive.
    int cmdInvoiceInbox(const QString &sub, const QStringList &args);

    // The digitalisation programme: sub-projects, status reports, milestones (programmecommands.cpp),
    // the OZG catalogue and services, training and ideas (programmeservicecommands.cpp).
    int cmdProgramme(const QStringList &args);
    int cmdProgrammeReport(const QStringList &args);
    int cmdProgrammeServices(const QString &sub, const QStringList &args);
    int cmdProgrammeTraining(const QString &sub, const QStringList &args);
    int cmdProgrammeIdeas(const QString &sub, const QStringList &args);

    QList<Command> m_commands;
    StoreLocation m_location;
    QString m_user;
    QTextStream m_out{stdout};
    QTextStream m_err{stderr};
};

} // namespace amtsdesk::cli
