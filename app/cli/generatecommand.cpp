// amtsdesk-cli generate: a store with a district's ten years of records at a chosen size.
#include "cli/cli.h"

#include "access/accessservice.h"
#include "demo/scalegenerator.h"
#include "pdf/workerclient.h"

#include <QDir>
#include <QLocale>

#include <atomic>
#include <csignal>
#include <ctime>
#include <unistd.h>

namespace amtsdesk::cli {

namespace {

std::atomic<bool> g_stop{false};
std::atomic<qint64> g_firstStop{0}; // CLOCK_MONOTONIC of the first Ctrl+C, in milliseconds

qint64 monotonicMs()
{
    timespec now{};
    ::clock_gettime(CLOCK_MONOTONIC, &now); // safe in a signal handler (POSIX)
    return qint64(now.tv_sec) * 1000 + now.tv_nsec / 1000000;
}

// Ctrl+C stops after the batch under way; a second one ends the program at once. One stop
// often arrives twice: `timeout` signals the command and then its whole process group, and a
// shell may do the same; a second signal within a second of the first is that same stop.
extern "C" void onInterrupt(int)
{
    if (!g_stop.exchange(true)) {
        g_firstStop.store(monotonicMs());
        return;
    }
    if (monotonicMs() - g_firstStop.load() < 1000)
        return;
    std::signal(SIGINT, SIG_DFL);
    std::raise(SIGINT);
}

QString megabytes(qint64 bytes)
{
    return QLocale().toString(double(bytes) / (1 << 20), 'f', 0) + QStringLiteral(" MB");
}

QString duration(double seconds)
{
    const qint64 s = qint64(seconds + 0.5);
    return s >= 60 ? Cli::tr("%1 min %2 s").arg(s / 60).arg(s % 60) : Cli::tr("%1 s").arg(s);
}

} // namespace

int Cli::cmdGenerate(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Fills a new demo store with a district's ten years of synthetic records: files, cases in every state, "
           "documents as PDFs with German text, invoices, the programme. The same seed gives the same content. "
           "Ctrl+C stops after the current batch; the same command then goes on where it stopped."));
    const QCommandLineOption documents(QStringLiteral("documents"), tr("how many documents (default 10000)"),
                                       QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption seed(QStringLiteral("seed"), tr("seed of the random content (default 1)"),
                                  QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption until(QStringLiteral("until"), tr("last day of the ten years (default: today)"),
                                   QStringLiteral("DATE"));
    const QCommandLineOption batch(QStringLiteral("batch"), tr("documents per transaction (default 2000)"),
                                   QStringLiteral("N"), QStringLiteral("2000"));
    p.addOptions({documents, seed, until, batch});
    if (!parseCommand(p, QStringLiteral("generate"), args, 0, 0))
        return stopped(p);
    ScaleOptions options;
    bool ok = false;
    options.documents = p.value(documents).toLongLong(&ok);
    if (!ok || options.documents < 1)
        return fail(tr("generate: --documents needs a positive number, not \"%1\".").arg(p.value(documents)));
    options.seed = p.value(seed).toULongLong(&ok);
    if (!ok)
        return fail(tr("generate: --seed needs a whole number, not \"%1\".").arg(p.value(seed)));
    options.batchDocuments = p.value(batch).toInt(&ok);
    if (!ok || options.batchDocuments < 1)
        return fail(tr("generate: --batch needs a positive number, not \"%1\".").arg(p.value(batch)));
    if (p.isSet(until)) {
        options.until = QDate::fromString(p.value(until), Qt::ISODate);
        if (!options.until.isValid())
            return fail(tr("generate: --until needs a date such as 2026-03-01, not \"%1\".").arg(p.value(until)));
    }
    options.adminLogin = m_user.isEmpty() ? currentSystemLogin() : m_user;

    const bool terminal = ::isatty(STDERR_FILENO);
    const auto showProgress = [&](const ScaleProgress &s) {
        if (s.mergeSteps > 0) {
            m_err << tr("All documents written; merging the search index, step %1").arg(s.mergeSteps)
                  << (terminal ? "   \r" : "\n");
            m_err.flush();
            return;
        }
        const double rate = s.seconds > 0 ? double(s.documents - s.startDocuments) / s.seconds : 0;
        const QString left = rate > 0 ? duration(double(s.totalDocuments - s.documents) / rate) : QStringLiteral("?");
        m_err << tr("%1 of %2 documents (%3 %), %4 documents/s, %5 left")
                     .arg(QLocale().toString(s.documents), QLocale().toString(s.totalDocuments))
                     .arg(100 * s.documents / std::max<qint64>(1, s.totalDocuments))
                     .arg(QLocale().toString(rate, 'f', 0), left)
              << (terminal ? "   \r" : "\n");
        m_err.flush();
    };
    g_stop.store(false);
    const auto previous = std::signal(SIGINT, onInterrupt);
    PdfWorker worker;
    auto report = ScaleGenerator::run(m_location.path, options, &worker, showProgress, &g_stop);
    std::signal(SIGINT, previous);
    if (terminal)
        m_err << Qt::endl;
    if (!report)
        return fail(report.error().message);
    const QString path = QDir::toNativeSeparators(m_location.path);
    if (report->complete) {
        m_out << tr("The store %1 holds %2 documents (%3 pages) in %4 files with %5 cases, and %6 invoices.")
                     .arg(path, QLocale().toString(report->documents), QLocale().toString(report->pages),
                          QLocale().toString(report->files), QLocale().toString(report->cases),
                          QLocale().toString(report->invoices))
              << '\n';
    } else {
        m_out << tr("Stopped after %1 of %2 documents; the store %3 is valid. Run the same command again to go on.")
                     .arg(QLocale().toString(report->documents), QLocale().toString(options.documents), path)
              << '\n';
    }
    if (report->documentsThisRun > 0)
        m_out << tr("This run added %1 documents in %2 (%3 documents/s).")
                     .arg(QLocale().toString(report->documentsThisRun), duration(report->seconds),
                          QLocale().toString(report->documentsThisRun / std::max(0.001, report->seconds), 'f', 0))
              << '\n';
    if (report->complete && report->mergeSeconds > 0)
        m_out << tr("The search index was merged into one piece in %1.").arg(duration(report->mergeSeconds)) << '\n';
    const qint64 total = report->disk.databaseBytes + report->disk.blobBytes;
    m_out << tr("Disk use: database %1, documents %2 in %3 blobs; %4 per 100,000 documents.")
                 .arg(megabytes(report->disk.databaseBytes), megabytes(report->disk.blobBytes),
                      QLocale().toString(report->disk.blobFiles),
                      megabytes(report->documents > 0 ? total * 100000 / report->documents : 0))
          << Qt::endl;
    return report->complete ? Ok : ProblemsFound;
}

} // namespace amtsdesk::cli
