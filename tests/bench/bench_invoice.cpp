// Benchmark of e-invoice reading and validation (not a test; run by tools/bench): the KoSIT
// business cases read and validated in one process on one core, beside `xmllint --noout` over
// the same files on the same core, and the ratio of the two. With --schemas, the schema step is
// measured too, beside `xmllint --noout --schema`.
//   bench_invoice CORPUS_DIR [ROUNDS]
#include "invoice/invoicefile.h"
#include "invoice/invoiceschemas.h"
#include "invoice/invoicevalidator.h"
#include "invoice/xmltree.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryFile>
#include <QTextStream>

#include <sched.h>
#include <sys/resource.h>

using namespace amtsdesk;

namespace {

QTextStream out(stdout);

void pinToOneCore()
{
    cpu_set_t set;
    CPU_ZERO(&set);
    CPU_SET(0, &set);
    sched_setaffinity(0, sizeof(set), &set);
}

// Seconds xmllint needs for the files, rounds times over, on core 0; its peak memory in MB
// goes to peakMb when GNU time is there to measure it (else -1).
double xmllintSeconds(const QStringList &files, int rounds, const QStringList &extra, double *peakMb)
{
    QStringList args{QStringLiteral("-c"), QStringLiteral("0"), QStringLiteral("xmllint"), QStringLiteral("--noout")};
    args += extra;
    for (int r = 0; r < rounds; ++r)
        args += files;
    QString program = QStringLiteral("taskset");
    QTemporaryFile peak;
    const bool timed = QFileInfo(QStringLiteral("/usr/bin/time")).isExecutable() && peak.open();
    if (timed) {
        args = QStringList{QStringLiteral("-f"), QStringLiteral("%M"), QStringLiteral("-o"), peak.fileName(), program} +
               args;
        program = QStringLiteral("/usr/bin/time");
    }
    QProcess p;
    // xmllint --schema says "… validates" on standard error for every file.
    p.setStandardErrorFile(QProcess::nullDevice());
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    p.waitForFinished(-1);
    const double s = t.nsecsElapsed() / 1e9;
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        out << "  (xmllint exit code " << p.exitCode() << ")\n";
    *peakMb = timed ? QString::fromUtf8(peak.readAll()).trimmed().toDouble() / 1024 : -1;
    return s;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        out << "use: bench_invoice CORPUS_DIR [ROUNDS]\n";
        return 2;
    }
    const QString corpus = args.at(1);
    const int rounds = args.value(2, QStringLiteral("20")).toInt();
    QStringList files;
    qint64 bytes = 0;
    QDirIterator it(corpus + QStringLiteral("/einvoice/kosit-xrechnung-testsuite/business-cases"),
                    {QStringLiteral("*.xml")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        files << it.next();
        bytes += it.fileInfo().size();
    }
    files.sort();
    if (files.isEmpty()) {
        out << "no KoSIT business cases under " << corpus << "\n";
        return 2;
    }
    pinToOneCore();
    out << "E-invoices: " << files.size() << " KoSIT business cases (" << bytes / 1024 << " KiB), " << rounds
        << " rounds, one core\n";

    // Where the time goes: the bare parse (libxml2 through XmlTree), then reading into the model.
    QElapsedTimer t;
    t.start();
    for (int r = 0; r < rounds; ++r) {
        for (const QString &f : std::as_const(files)) {
            QFile in(f);
            if (!in.open(QIODevice::ReadOnly) || !XmlTree::parse(in.readAll(), f).ok())
                return out << "cannot parse " << f << "\n", 1;
        }
    }
    const double parseOnly = t.nsecsElapsed() / 1e9;
    t.restart();
    for (int r = 0; r < rounds; ++r) {
        for (const QString &f : std::as_const(files)) {
            if (!InvoiceFiles::open(f, nullptr).ok())
                return out << "cannot read " << f << "\n", 1;
        }
    }
    const double readOnly = t.nsecsElapsed() / 1e9;

    int fatal = 0;
    t.restart();
    for (int r = 0; r < rounds; ++r) {
        for (const QString &f : std::as_const(files)) {
            auto file = InvoiceFiles::open(f, nullptr);
            if (!file)
                return out << "cannot read " << f << ": " << file.error().message << "\n", 1;
            for (const Finding &finding : InvoiceValidator::validate(file->invoice))
                fatal += finding.severity == FindingSeverity::Fatal;
        }
    }
    const double ours = t.nsecsElapsed() / 1e9;
    double lintPeak = -1;
    const double lint = xmllintSeconds(files, rounds, {}, &lintPeak);
    const double n = double(files.size()) * rounds;
    out << QStringLiteral("  read and validate (all rules): %1 ms per file, %2 files/s, %3 MB/s; fatal findings: %4\n")
               .arg(ours * 1000 / n, 0, 'f', 2)
               .arg(n / ours, 0, 'f', 0)
               .arg(bytes * rounds / ours / 1e6, 0, 'f', 1)
               .arg(fatal);
    out << QStringLiteral("    of which parse %1 ms, model %2 ms, rules %3 ms\n")
               .arg(parseOnly * 1000 / n, 0, 'f', 2)
               .arg((readOnly - parseOnly) * 1000 / n, 0, 'f', 2)
               .arg((ours - readOnly) * 1000 / n, 0, 'f', 2);
    out << QStringLiteral("  xmllint --noout:               %1 ms per file;  ratio %2 (goal: at most 2)\n")
               .arg(lint * 1000 / n, 0, 'f', 2)
               .arg(ours / lint, 0, 'f', 2);

    // The costliest rules, each run alone over all files.
    {
        QList<InvoiceFile> read;
        for (const QString &f : std::as_const(files))
            read << *InvoiceFiles::open(f, nullptr);
        QList<QPair<double, QString>> cost;
        const QStringList ids = InvoiceValidator::ruleIds();
        for (const QString &id : ids) {
            t.restart();
            for (int r = 0; r < rounds; ++r) {
                for (const InvoiceFile &file : std::as_const(read))
                    InvoiceValidator::validate(file.invoice, {id});
            }
            cost << qMakePair(t.nsecsElapsed() / 1e3 / n, id);
        }
        std::sort(cost.begin(), cost.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
        QStringList top;
        for (int i = 0; i < 8 && i < cost.size(); ++i)
            top << QStringLiteral("%1 %2 µs").arg(cost.at(i).second).arg(cost.at(i).first, 0, 'f', 1);
        out << "    costliest rules per file (alone, with the walk over the rule list): "
            << top.join(QStringLiteral(", ")) << "\n";
    }

    const QString schemaDir = corpus + QStringLiteral("/einvoice/schemas");
    auto schemas = InvoiceSchemas::open(schemaDir);
    if (schemas) {
        QStringList ciiFiles;
        for (const QString &f : std::as_const(files)) {
            if (f.contains(QStringLiteral("uncefact")) || f.contains(QStringLiteral("cii"), Qt::CaseInsensitive))
                ciiFiles << f;
        }
        t.restart();
        int schemaErrors = 0;
        for (int r = 0; r < rounds; ++r) {
            for (const QString &f : std::as_const(ciiFiles)) {
                auto file = InvoiceFiles::open(f, nullptr);
                if (file && file->invoice.syntax == InvoiceSyntax::Cii)
                    schemaErrors += int((*schemas)->validate(file->invoice).valueOr({}).size());
            }
        }
        const double withSchema = t.nsecsElapsed() / 1e9;
        const QString xsd = schemaDir + QStringLiteral("/cii-d16b-uncoupled/CII/uncefact/data/standard/"
                                                       "CrossIndustryInvoice_100pD16B.xsd");
        double schemaPeak = -1;
        const double lintSchema = xmllintSeconds(ciiFiles, rounds, {QStringLiteral("--schema"), xsd}, &schemaPeak);
        const double m = double(ciiFiles.size()) * rounds;
        out << QStringLiteral("  CII schema step (%1 files):    %2 ms per file; xmllint --schema %3 ms; ratio %4; "
                              "schema errors: %5; xmllint peak %6 MB\n")
                   .arg(ciiFiles.size())
                   .arg(withSchema * 1000 / m, 0, 'f', 2)
                   .arg(lintSchema * 1000 / m, 0, 'f', 2)
                   .arg(withSchema / lintSchema, 0, 'f', 2)
                   .arg(schemaErrors)
                   .arg(schemaPeak, 0, 'f', 0);
    }
    rusage self{};
    getrusage(RUSAGE_SELF, &self);
    out << QStringLiteral("  peak memory: Amtsdesk %1 MB (this whole benchmark), xmllint --noout %2 MB\n")
               .arg(self.ru_maxrss / 1024)
               .arg(lintPeak < 0 ? QStringLiteral("(GNU time missing)") : QString::number(lintPeak, 'f', 0));
    return 0;
}
