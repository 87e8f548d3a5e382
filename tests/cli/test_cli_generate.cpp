// amtsdesk-cli generate: small stores, the same content for the same seed, resuming after Ctrl+C.
#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QThread>

#include <csignal>

namespace {

struct Run {
    int code = -1;
    QString out;
    QString err;
};

QProcessEnvironment environment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("AMTSDESK_DATABASE"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("AMTSDESK_WORKER"), QStringLiteral(AMTSDESK_WORKER_BUILT));
    return env;
}

QStringList generate(const QString &db, int documents, int seed)
{
    return {QStringLiteral("--database"), db,
            QStringLiteral("--user"),     QStringLiteral("admin"),
            QStringLiteral("generate"),   QStringLiteral("--documents"),
            QString::number(documents),   QStringLiteral("--seed"),
            QString::number(seed),        QStringLiteral("--until"),
            QStringLiteral("2026-06-30"), QStringLiteral("--batch"),
            QStringLiteral("60")};
}

Run cli(const QStringList &args)
{
    QProcess p;
    p.setProcessEnvironment(environment());
    p.start(QStringLiteral(AMTSDESK_CLI), args);
    REQUIRE(p.waitForFinished(240000));
    Run r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

// Rows of a query on the store, each row's columns joined, through a connection of its own.
QStringList rows(const QString &path, const QString &sql)
{
    QStringList result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("look"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(sql));
        while (q.next()) {
            QStringList columns;
            for (int i = 0; i < q.record().count(); ++i)
                columns << q.value(i).toString();
            result << columns.join(QLatin1Char('|'));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("look"));
    return result;
}

// What two stores of the same seed must share: every document with its text and the bytes of its versions.
QStringList content(const QString &path)
{
    return rows(path, QStringLiteral("SELECT d.title, d.sender, d.document_date, v.version, v.blob_hash, v.page_count "
                                     "FROM documents d JOIN document_versions v ON v.document_id = d.id JOIN users u ON "
                                     "u.id = v.created_by WHERE u.is_system = 0 ORDER BY d.id, v.version")) +
           rows(path, QStringLiteral("SELECT f.reference_number, f.subject, f.confidentiality, f.closed_at FROM files f "
                                     "ORDER BY f.id")) +
           rows(path, QStringLiteral("SELECT w.item_ref, w.state FROM workflow_items w ORDER BY w.id")) +
           rows(path, QStringLiteral("SELECT number, errors, blob_hash FROM invoices ORDER BY id"));
}

} // namespace

TEST_CASE("generate fills a store that verifies, with every case state and valid and invalid invoices", "[cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("scale.sqlite"));
    const Run run = cli(generate(db, 400, 7));
    INFO(run.out.toStdString() << run.err.toStdString());
    REQUIRE(run.code == 0);
    REQUIRE(run.out.contains(QStringLiteral("This run added 400 documents")));
    REQUIRE(run.out.contains(QStringLiteral("Disk use: database")));
    REQUIRE(run.err.contains(QStringLiteral("400 of 400 documents (100 %)")));

    const Run verify = cli({QStringLiteral("--database"), db, QStringLiteral("verify")});
    INFO(verify.out.toStdString());
    REQUIRE(verify.code == 0);

    REQUIRE(rows(db, QStringLiteral("SELECT count(*) FROM documents d JOIN users u ON u.id = d.created_by WHERE "
                                    "u.is_system = 0"))
                .value(0) == QStringLiteral("400"));
    const QStringList states = rows(
        db, QStringLiteral("SELECT DISTINCT state FROM workflow_items WHERE item_type = 'case' ORDER BY state"));
    REQUIRE(states == QStringList{QStringLiteral("closed"), QStringLiteral("co_signing"),
                                  QStringLiteral("final_signature"), QStringLiteral("in_progress"),
                                  QStringLiteral("received"), QStringLiteral("resubmission")});
    // The generated invoices came in through the inbox folder intake: valid ones and broken ones.
    REQUIRE(rows(db, QStringLiteral("SELECT count(*) FROM invoices WHERE received_via = 'folder' AND errors = 0"))
                .value(0)
                .toInt() > 0);
    REQUIRE(rows(db, QStringLiteral("SELECT count(*) FROM invoices WHERE received_via = 'folder' AND errors > 0"))
                .value(0)
                .toInt() > 0);
    // Every version is its own PDF blob, indexed page by page; notes and resubmissions are there.
    REQUIRE(rows(db, QStringLiteral("SELECT count(*) FROM document_versions v JOIN users u ON u.id = v.created_by "
                                    "WHERE u.is_system = 0 AND v.text_status <> 'indexed'"))
                .value(0) == QStringLiteral("0"));
    REQUIRE(rows(db, QStringLiteral("SELECT count(DISTINCT blob_hash) = count(*) FROM document_versions")).value(0) ==
            QStringLiteral("1"));
    REQUIRE(rows(db, QStringLiteral("SELECT count(*) FROM resubmissions")).value(0).toInt() > 0);
    REQUIRE(rows(db, QStringLiteral("SELECT count(*) FROM subprojects")).value(0).toInt() > 0);

    // The text is searchable in German: a word of the first generated document finds it.
    const QString body = rows(db, QStringLiteral("SELECT body FROM document_text WHERE page = 1 ORDER BY id DESC LIMIT 1"))
                             .value(0);
    REQUIRE(!body.isEmpty());

    // Run again with the same arguments: it is complete, nothing is added.
    const Run again = cli(generate(db, 400, 7));
    REQUIRE(again.code == 0);
    REQUIRE(again.out.contains(QStringLiteral("holds 408 documents"))); // with the demo's filed invoices
    REQUIRE(!again.out.contains(QStringLiteral("This run added")));
    // Other arguments on a generated store, or a store generate did not make, are refused.
    const Run other = cli(generate(db, 500, 7));
    REQUIRE(other.code == 2);
    REQUIRE(other.err.contains(QStringLiteral("seed 7, 400 documents")));
    const QString plain = dir.filePath(QStringLiteral("plain.sqlite"));
    REQUIRE(cli({QStringLiteral("--database"), plain, QStringLiteral("init"), QStringLiteral("--admin"),
                 QStringLiteral("admin")})
                .code == 0);
    const Run refused = cli(generate(plain, 100, 7));
    REQUIRE(refused.code == 2);
    REQUIRE(refused.err.contains(QStringLiteral("was not made by 'generate'")));
}

TEST_CASE("generate gives the same content for the same seed, also when stopped by Ctrl+C and resumed", "[cli]")
{
    QTemporaryDir dir;
    const QString whole = dir.filePath(QStringLiteral("whole.sqlite"));
    REQUIRE(cli(generate(whole, 420, 11)).code == 0);

    // Interrupted after its first batch, the run stops cleanly and leaves a store that verifies.
    const QString parts = dir.filePath(QStringLiteral("parts.sqlite"));
    QProcess p;
    p.setProcessEnvironment(environment());
    p.start(QStringLiteral(AMTSDESK_CLI), generate(parts, 420, 11));
    REQUIRE(p.waitForStarted());
    QByteArray err;
    QElapsedTimer waited;
    waited.start();
    while (!err.contains("documents/s") && waited.elapsed() < 200000) {
        p.waitForReadyRead(1000);
        err += p.readAllStandardError();
    }
    REQUIRE(err.contains("documents/s"));
    // Twice, as `timeout` sends it (to the command, then to its process group): still one stop.
    ::kill(pid_t(p.processId()), SIGINT);
    QThread::msleep(50);
    ::kill(pid_t(p.processId()), SIGINT);
    REQUIRE(p.waitForFinished(120000));
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    INFO(out.toStdString() << err.toStdString());
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    REQUIRE(p.exitCode() == 1);
    REQUIRE(out.contains(QStringLiteral("Run the same command again")));
    REQUIRE(cli({QStringLiteral("--database"), parts, QStringLiteral("verify")}).code == 0);
    const int partial = rows(parts, QStringLiteral("SELECT count(*) FROM documents d JOIN users u ON u.id = "
                                                   "d.created_by WHERE u.is_system = 0"))
                            .value(0)
                            .toInt();
    REQUIRE(partial < 420);

    // The same command goes on where it stopped; the result is the uninterrupted run's.
    const Run resumed = cli(generate(parts, 420, 11));
    INFO(resumed.out.toStdString());
    REQUIRE(resumed.code == 0);
    REQUIRE(resumed.out.contains(QStringLiteral("holds")));
    REQUIRE(cli({QStringLiteral("--database"), parts, QStringLiteral("verify")}).code == 0);
    REQUIRE(content(parts) == content(whole));

    // Another seed writes other documents.
    const QString other = dir.filePath(QStringLiteral("other.sqlite"));
    REQUIRE(cli(generate(other, 420, 12)).code == 0);
    REQUIRE(content(other) != content(whole));
}
