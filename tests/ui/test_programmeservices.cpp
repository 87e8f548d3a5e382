// OZG services on the programme page: the programme manager imports the catalogue (off the GUI
// thread, ending with a report of every row), an officer offers a service of it and edits it;
// refusals and conflicts keep the dialog open with what was entered.
#include "programmedemo.h"

#include "dialogs/messagebox.h"
#include "dialogs/optionaldateedit.h"
#include "programme/catalogueimportdialog.h"
#include "programme/maturityedit.h"
#include "programme/servicedialog.h"
#include "programme/servicespanel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace amtsdesk;
using namespace amtsdesk::ui;

namespace {

// Imports through the panel and waits for the worker thread; the report dialog, or nullptr.
CatalogueImportDialog *importThrough(ServicesPanel &panel, const QString &path)
{
    QSignalSpy imported(&panel, &ServicesPanel::catalogueImported);
    REQUIRE(panel.importCatalogue(path));
    REQUIRE(imported.wait(120000));
    return imported.first().first().toBool() ? panel.lastImportReport() : nullptr;
}

QString writeCsv(const QTemporaryDir &dir, const QByteArray &content)
{
    const QString path = dir.filePath(QStringLiteral("katalog.csv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(content) == content.size());
    return path;
}

const QByteArray kSmallCatalogue = "leika_key,leika_name,leika_type,ozg_id,ozg_name,life_situation,topic\n"
                                   "99123456000000,Jugendleiter-Card,1,10600,Jugendleiter-Card,Ehrenamt,Freizeit\n"
                                   "99123,Zu kurzer Schlüssel,1,10601,Kurz,Ehrenamt,Freizeit\n"
                                   "99123457000000,Ferienpass,1,10602,Ferienpass,Freizeit,Freizeit\n";

} // namespace

TEST_CASE("the programme manager imports a catalogue file and reads the report of every row", "[ui][programme]")
{
    ProgrammeDemo demo;
    Session manager = demo.sessionFor(QStringLiteral("a.becker"));
    ServicesPanel panel(manager);
    panel.reload();
    QTemporaryDir dir;
    const QString path = writeCsv(dir, kSmallCatalogue);
    QSignalSpy changed(&panel, &ServicesPanel::changed);
    CatalogueImportDialog *report = importThrough(panel, path);
    REQUIRE(report);
    CHECK(report->isVisible());
    CHECK(report->summary()->text().contains(QStringLiteral("2 added, 0 updated, 0 unchanged, 1 rejected")));
    REQUIRE(report->rejectedTable()->rowCount() == 1);
    CHECK(ProgrammeDemo::cell(report->rejectedTable(), 0, 0) == QStringLiteral("3"));
    CHECK(ProgrammeDemo::cell(report->rejectedTable(), 0, 1).contains(QStringLiteral("99123")));
    REQUIRE(changed.size() == 1);

    // Again: nothing added twice.
    report = importThrough(panel, path);
    REQUIRE(report);
    CHECK(report->summary()->text().contains(QStringLiteral("0 added, 0 updated, 2 unchanged, 1 rejected")));

    // A file that cannot be read is named; no report.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    CHECK(importThrough(panel, dir.filePath(QStringLiteral("fehlt.csv"))) == nullptr);
    CHECK(MessageBox::lastText().contains(QStringLiteral("fehlt.csv")));

    // An officer is not offered the import, and core would refuse it anyway.
    ServicesPanel officers(demo.session);
    CHECK_FALSE(officers.importCatalogue(path));
}

TEST_CASE("the full OZG catalogue imports through the programme page", "[ui][programme][corpus]")
{
    QString why;
    const QString path = corpusFile(QStringLiteral("ozg/ozg-catalogue-2019.csv"), &why);
    if (path.isEmpty()) {
        WARN(why.toStdString());
        return;
    }
    ProgrammeDemo demo;
    Session manager = demo.sessionFor(QStringLiteral("a.becker"));
    ServicesPanel panel(manager);
    panel.reload();
    CatalogueImportDialog *report = importThrough(panel, path);
    REQUIRE(report);
    // The demo rows are in the file too: they stay, the rest is added.
    auto size = OzgServices(*manager.db).catalogueSize();
    REQUIRE(size.ok());
    CHECK(*size > 5000);
    INFO(report->summary()->text().toStdString());
    CHECK(report->summary()->text().contains(QStringLiteral(" added")));
    CHECK(report->rejectedTable()->rowCount() ==
          report->summary()->text().section(QStringLiteral(", "), 3).section(QLatin1Char(' '), 0, 0).toInt());
}

TEST_CASE("an officer offers a catalogue service and edits it", "[ui][programme]")
{
    ProgrammeDemo demo;
    Session manager = demo.sessionFor(QStringLiteral("a.becker"));
    {
        auto imported = OzgServices(*manager.db).importCatalogue(manager.actor, kSmallCatalogue, QStringLiteral("t"));
        REQUIRE(imported.ok());
    }
    ServicesPanel panel(demo.session);
    panel.reload();
    const int before = panel.table()->rowCount();
    QSignalSpy changed(&panel, &ServicesPanel::changed);
    QPointer<QDialog> dialog = panel.openOffer();
    auto *d = qobject_cast<ServiceDialog *>(dialog.data());
    REQUIRE(d);
    // The officer answers for their own department only.
    REQUIRE(d->departmentBox()->count() == 1);
    d->searchEdit()->setText(QStringLiteral("99123457"));
    REQUIRE(d->catalogueTable()->rowCount() == 1);
    REQUIRE(ProgrammeDemo::cell(d->catalogueTable(), 0, 0) == QStringLiteral("Ferienpass"));
    d->subProjectBox()->setCurrentIndex(d->subProjectBox()->findText(QStringLiteral("TP-05"), Qt::MatchStartsWith));
    d->nowEdit()->setMaturity(Maturity{MaturityModel::V1_1, 1});
    d->targetEdit()->setMaturity(Maturity{MaturityModel::V2_0, 4});
    d->goLiveEdit()->setDate(QDate(2026, 9, 1));
    d->statusBox()->setCurrentIndex(d->statusBox()->findData(int(ServiceStatus::Planning)));
    // Not a web address: refused with core's message, the dialog stays as it was.
    d->linkEdit()->setText(QStringLiteral("ftp://ferienpass"));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    REQUIRE_FALSE(ProgrammeDemo::pressOk(dialog));
    CHECK(MessageBox::lastText().contains(QStringLiteral("ftp://ferienpass")));
    CHECK(d->targetEdit()->maturity() == Maturity{MaturityModel::V2_0, 4});
    d->linkEdit()->setText(QStringLiteral("https://ferienpass.landkreis-musterfeld.example"));
    REQUIRE(ProgrammeDemo::pressOk(dialog));
    REQUIRE(changed.size() == 1);
    REQUIRE(panel.table()->rowCount() == before + 1);
    REQUIRE(panel.current());
    DistrictService offered = *panel.current();
    CHECK(offered.catalogue.leikaKey == QStringLiteral("99123457000000"));
    CHECK(offered.department == demo.officer.department);
    CHECK(offered.subProjectCode == QStringLiteral("TP-05"));
    CHECK(offered.now == Maturity{MaturityModel::V1_1, 1});
    CHECK(offered.target == Maturity{MaturityModel::V2_0, 4});
    CHECK(offered.goLive == QDate(2026, 9, 1));
    CHECK(offered.status == ServiceStatus::Planning);
    CHECK(panel.historyTable()->rowCount() == 1);

    // Edit: status and link; the maturity now stays and its history with it.
    dialog = panel.openEdit();
    d = qobject_cast<ServiceDialog *>(dialog.data());
    REQUIRE(d);
    CHECK(d->linkEdit()->text() == offered.link);
    d->statusBox()->setCurrentIndex(d->statusBox()->findData(int(ServiceStatus::InProgress)));
    d->subProjectBox()->setCurrentIndex(0); // none
    REQUIRE(ProgrammeDemo::pressOk(dialog));
    REQUIRE(panel.current());
    CHECK(panel.current()->status == ServiceStatus::InProgress);
    CHECK_FALSE(panel.current()->subProject);
    CHECK(panel.current()->now == offered.now);
    CHECK(panel.historyTable()->rowCount() == 1);

    // Someone else records a maturity step meanwhile: saving the edit is a conflict.
    dialog = panel.openEdit();
    d = qobject_cast<ServiceDialog *>(dialog.data());
    REQUIRE(d);
    d->linkEdit()->setText(QStringLiteral("https://ferienpass.example/neu"));
    REQUIRE(OzgServices(*manager.db).setMaturity(manager.actor, offered.id, Maturity{MaturityModel::V1_1, 2}).ok());
    MessageBox::setNextAnswer(QMessageBox::Ok);
    REQUIRE_FALSE(ProgrammeDemo::pressOk(dialog));
    CHECK(MessageBox::lastText().contains(QStringLiteral("changed by someone else")));
    CHECK(d->linkEdit()->text() == QStringLiteral("https://ferienpass.example/neu"));
    dialog->reject();

    // Offering the same catalogue service twice is refused.
    dialog = panel.openOffer();
    d = qobject_cast<ServiceDialog *>(dialog.data());
    REQUIRE(d);
    d->searchEdit()->setText(QStringLiteral("99123457"));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    REQUIRE_FALSE(ProgrammeDemo::pressOk(dialog));
    CHECK(MessageBox::lastText().contains(QStringLiteral("already")));
    dialog->reject();
}
