// amtsdesk-cli invoice validate, driven as a script of the invoice office would.
#include "support/teststore.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

namespace {

struct Run {
    int code = -1;
    QString out;
    QString err;
};

Run validate(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    if (env.value(QStringLiteral("AMTSDESK_WORKER")).isEmpty())
        env.insert(QStringLiteral("AMTSDESK_WORKER"), QStringLiteral(AMTSDESK_WORKER_BUILT));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(AMTSDESK_CLI), QStringList{QStringLiteral("invoice"), QStringLiteral("validate")} + args);
    REQUIRE(p.waitForFinished(300000));
    return Run{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
               QString::fromUtf8(p.readAllStandardError())};
}

QList<QJsonObject> lines(const QString &out)
{
    QList<QJsonObject> objects;
    for (const QString &line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        objects << QJsonDocument::fromJson(line.toUtf8()).object();
    return objects;
}

} // namespace

TEST_CASE("invoice validate: verdicts, findings with official ids, exit codes, JSON lines", "[cli][invoice]")
{
    QTemporaryDir dir;
    const QString broken = dir.filePath(QStringLiteral("kaputt.xml"));
    QFile f(broken);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\"><ID>1</Invoice>");
    f.close();
    Run unreadable = validate({broken});
    REQUIRE(unreadable.code == 2);
    REQUIRE(unreadable.err.contains(QStringLiteral("not well-formed")));

    const QString fragment = dir.filePath(QStringLiteral("leer.xml"));
    QFile g(fragment);
    REQUIRE(g.open(QIODevice::WriteOnly));
    g.write("<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\"/>");
    g.close();
    Run empty = validate({QStringLiteral("--json"), fragment, broken});
    REQUIRE(empty.code == 2); // a read error outranks an invalid invoice
    const QList<QJsonObject> objects = lines(empty.out);
    REQUIRE(objects.size() == 2);
    REQUIRE(objects.at(0).value(QStringLiteral("syntax")).toString() == QStringLiteral("ubl"));
    REQUIRE(objects.at(0).value(QStringLiteral("container")).toString() == QStringLiteral("xml"));
    REQUIRE_FALSE(objects.at(0).value(QStringLiteral("valid")).toBool());
    QStringList rules;
    for (const QJsonValue &finding : objects.at(0).value(QStringLiteral("findings")).toArray()) {
        rules << finding.toObject().value(QStringLiteral("rule")).toString();
        REQUIRE(finding.toObject().value(QStringLiteral("severity")).toString() == QStringLiteral("fatal"));
    }
    for (const char *rule : {"BR-01", "BR-02", "BR-03", "BR-16"})
        REQUIRE(rules.contains(QString::fromLatin1(rule)));
    REQUIRE(objects.at(1).contains(QStringLiteral("error")));
    REQUIRE(validate({fragment}).code == 1);

    QString why;
    const QString corpus = corpusDir(&why);
    if (corpus.isEmpty()) {
        WARN(why.toStdString());
        return;
    }
    // Every KoSIT business case is a valid XRechnung 3.0; the ZUGFeRD PDFs are read in the worker.
    QDir cases(corpus + QStringLiteral("/einvoice/kosit-xrechnung-testsuite/business-cases/standard"));
    QStringList files;
    for (const QString &name : cases.entryList({QStringLiteral("*.xml")}, QDir::Files))
        files << cases.filePath(name);
    REQUIRE(files.size() > 50);
    Run all = validate(files);
    INFO(all.out.toStdString());
    REQUIRE(all.code == 0);
    const QDir pdfs(corpus + QStringLiteral("/einvoice/factur-x/pdf"));
    const QString facturx = pdfs.filePath(pdfs.entryList({QStringLiteral("*.pdf")}).value(0));
    Run pdf = validate({QStringLiteral("--json"), facturx});
    const QJsonObject zugferd = lines(pdf.out).value(0);
    REQUIRE(zugferd.value(QStringLiteral("container")).toString() == QStringLiteral("pdf"));
    REQUIRE(zugferd.value(QStringLiteral("attachment")).toString().endsWith(QStringLiteral(".xml")));
}

TEST_CASE("invoice validate --schemas: the schema step before the rules", "[cli][invoice]")
{
    QTemporaryDir dir;
    const QString nowhere = dir.filePath(QStringLiteral("xsd-fehlt"));
    Run refused = validate({QStringLiteral("--schemas"), nowhere, dir.filePath(QStringLiteral("egal.xml"))});
    REQUIRE(refused.code == 2);
    REQUIRE(refused.err.contains(QStringLiteral("xsd-fehlt")));

    QString why;
    const QString corpus = corpusDir(&why);
    if (corpus.isEmpty()) {
        WARN(why.toStdString());
        return;
    }
    const QString schemas = corpus + QStringLiteral("/einvoice/schemas");
    const QString original = corpus + QStringLiteral("/einvoice/kosit-xrechnung-testsuite/business-cases/standard/"
                                                     "01.01a-INVOICE_uncefact.xml");
    REQUIRE(validate({QStringLiteral("--schemas"), schemas, original}).code == 0);
    QFile in(original);
    REQUIRE(in.open(QIODevice::ReadOnly));
    QByteArray xml = in.readAll();
    xml.replace("<rsm:ExchangedDocument>", "<rsm:ExchangedDocument><ram:Unbekannt>1</ram:Unbekannt>");
    const QString changed = dir.filePath(QStringLiteral("geaendert.xml"));
    QFile out(changed);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(xml);
    out.close();
    REQUIRE(validate({changed}).code == 0); // the rules alone do not look there
    Run checked = validate({QStringLiteral("--json"), QStringLiteral("--schemas"), schemas, changed});
    REQUIRE(checked.code == 1);
    const QJsonObject result = lines(checked.out).value(0);
    REQUIRE_FALSE(result.value(QStringLiteral("valid")).toBool());
    const QJsonObject first = result.value(QStringLiteral("findings")).toArray().at(0).toObject();
    REQUIRE(first.value(QStringLiteral("rule")).toString() == QStringLiteral("XSD"));
    REQUIRE(first.value(QStringLiteral("message")).toString().contains(QStringLiteral("Unbekannt")));
}
