#include "demo/demodistrict.h"

#include "access/accessservice.h"
#include "demo/demoinvoices.h"
#include "demo/demoprogramme.h"
#include "demo/demorecords.h"
#include "pdf/workerclient.h"
#include "store/database.h"
#include "store/transaction.h"

namespace amtsdesk {

namespace {

struct DemoDepartment {
    const char *code;
    const char *name;
    const char *parent;
};

// Fachdienste numbered after the KGSt Verwaltungsgliederungsplan, grouped into Dezernate.
const DemoDepartment kDepartments[] = {
    {"LR", "Landrätin / Landrat", nullptr},
    {"D1", "Dezernat 1 – Zentrale Dienste und Finanzen", nullptr},
    {"10", "Fachdienst Zentrale Dienste", "D1"},
    {"10.3", "IT und digitale Verwaltung", "10"},
    {"11", "Fachdienst Personal", "D1"},
    {"14", "Rechnungsprüfungsamt", "LR"},
    {"20", "Fachdienst Finanzen (Kämmerei)", "D1"},
    {"20.2", "Kreiskasse", "20"},
    {"D2", "Dezernat 2 – Ordnung, Verkehr und Gesundheit", nullptr},
    {"32", "Fachdienst Sicherheit und Ordnung", "D2"},
    {"36", "Fachdienst Straßenverkehr (Zulassung, Fahrerlaubnis)", "D2"},
    {"53", "Fachdienst Gesundheit", "D2"},
    {"D3", "Dezernat 3 – Soziales, Jugend und Schule", nullptr},
    {"40", "Fachdienst Schule und Kultur", "D3"},
    {"50", "Fachdienst Soziales", "D3"},
    {"51", "Fachdienst Jugend und Familie", "D3"},
    {"D4", "Dezernat 4 – Bauen, Umwelt und Wirtschaft", nullptr},
    {"63", "Fachdienst Bauaufsicht", "D4"},
    {"70", "Fachdienst Umwelt", "D4"},
    {"80", "Wirtschaftsförderung", "D4"},
};

struct DemoUser {
    const char *login;
    const char *name;
    const char *department;
    QList<Role> roles;
};

const QList<DemoUser> &demoUsers()
{
    static const QList<DemoUser> users = {
        {"a.becker", "Anna Becker", "10.3", {Role::ProgrammeManager, Role::DigitalisationOfficer}},
        {"t.wagner", "Thomas Wagner", "10.3", {Role::ProcessManager}},
        {"j.hoffmann", "Jana Hoffmann", "10", {Role::Clerk, Role::DigitalisationOfficer}},
        {"m.schulz", "Markus Schulz", "10", {Role::Clerk, Role::Signatory}},
        {"s.koch", "Sabine Koch", "11", {Role::Clerk}},
        {"p.richter", "Peter Richter", "14", {Role::InvoiceChecker}},
        {"k.wolf",
         "Katrin Wolf",
         "20",
         {Role::Clerk, Role::InvoiceChecker, Role::PaymentApprover, Role::DigitalisationOfficer}},
        {"f.neumann", "Frank Neumann", "20", {Role::PaymentApprover, Role::Signatory}},
        {"e.schwarz", "Elif Schwarz", "20.2", {Role::InvoiceChecker}},
        {"h.zimmermann", "Heike Zimmermann", "20.2", {Role::PaymentApprover}},
        {"d.braun", "Daniel Braun", "32", {Role::Clerk, Role::DigitalisationOfficer}},
        {"c.krueger", "Claudia Krüger", "32", {Role::Clerk, Role::Signatory}},
        {"m.yilmaz", "Mehmet Yılmaz", "36", {Role::Clerk}},
        {"b.hartmann", "Birgit Hartmann", "36", {Role::Clerk, Role::Signatory, Role::DigitalisationOfficer}},
        {"l.lange", "Lena Lange", "50", {Role::Clerk, Role::DigitalisationOfficer}},
        {"r.schmitt", "Ralf Schmitt", "50", {Role::Clerk, Role::Signatory}},
        {"n.werner", "Nicole Werner", "51", {Role::Clerk, Role::DigitalisationOfficer}},
        {"u.krause", "Uwe Krause", "63", {Role::Clerk, Role::DigitalisationOfficer}},
        {"g.meier", "Gabriele Meier", "63", {Role::Clerk, Role::Signatory}},
        {"o.schmid", "Oliver Schmid", "70", {Role::Clerk, Role::DigitalisationOfficer}},
        {"i.fischer", "Ines Fischer", "53", {Role::Clerk, Role::DigitalisationOfficer}},
        {"v.weber", "Volker Weber", "40", {Role::Clerk, Role::DigitalisationOfficer}},
    };
    return users;
}

} // namespace

Status DemoDistrict::create(const QString &path, const QString &ownLogin)
{
    auto db = Database::create(path, StoreKind::Demo);
    if (!db)
        return db.error();
    AccessService access(**db);
    if (auto admin = access.bootstrap(ownLogin, ownLogin); !admin)
        return admin.error();
    if (Status s = fill(**db, ownLogin); !s)
        return s;
    PdfWorker worker;
    if (Status s = DemoRecords::fill(**db, ownLogin, &worker); !s)
        return s;
    if (Status s = DemoInvoices::fill(**db, ownLogin, &worker); !s)
        return s;
    return DemoProgramme::fill(**db, ownLogin);
}

Status DemoDistrict::fill(Database &db, const QString &adminLogin)
{
    if (db.kind() != StoreKind::Demo)
        return Error::invalid(tr("Demo data goes only into a demo store, never into a real one."));
    AccessService access(db);
    auto admin = access.actorForLogin(adminLogin);
    if (!admin)
        return admin.error();
    Transaction tx(db);
    if (!tx.status())
        return tx.status();
    for (const DemoDepartment &d : kDepartments) {
        auto id = access.createDepartment(*admin, QString::fromUtf8(d.code), QString::fromUtf8(d.name),
                                          d.parent ? QString::fromUtf8(d.parent) : QString());
        if (!id)
            return id.error();
    }
    // The person running the demo works in IT and digital administration, as a clerk too.
    if (Status s = access.assignDepartment(*admin, admin->userId, QStringLiteral("10.3")); !s)
        return s;
    if (Status s = access.grantRole(*admin, admin->userId, Role::Clerk); !s)
        return s;
    QHash<QString, UserId> ids;
    for (const DemoUser &u : demoUsers()) {
        const QString login = QString::fromUtf8(u.login);
        auto id = access.createUser(*admin, NewUser{login, QString::fromUtf8(u.name),
                                                    login + QStringLiteral("@landkreis-musterfeld.example"),
                                                    QString::fromUtf8(u.department)});
        if (!id)
            return id.error();
        ids.insert(login, *id);
        for (Role role : u.roles) {
            if (Status s = access.grantRole(*admin, *id, role); !s)
                return s;
        }
    }
    // Vertretungen as they stand in a real office: holidays now, a parental leave later.
    const QDate today = db.clock().today();
    const struct {
        const char *principal;
        const char *deputy;
        int fromDays;
        int untilDays;
    } deputies[] = {
        {"f.neumann", "h.zimmermann", -3, 11},
        {"c.krueger", "d.braun", 0, 20},
        {"k.wolf", "e.schwarz", 30, 120},
        {"g.meier", "u.krause", -14, -1},
    };
    for (const auto &d : deputies) {
        auto id =
            access.addDeputy(*admin, ids.value(QString::fromUtf8(d.principal)), ids.value(QString::fromUtf8(d.deputy)),
                             today.addDays(d.fromDays), today.addDays(d.untilDays));
        if (!id)
            return id.error();
    }
    // The person trying the demo stands in for the programme manager, to see how that looks.
    if (auto id = access.addDeputy(*admin, ids.value(QStringLiteral("a.becker")), admin->userId, today.addDays(-2),
                                   today.addDays(12));
        !id)
        return id.error();
    return tx.commit();
}

} // namespace amtsdesk
