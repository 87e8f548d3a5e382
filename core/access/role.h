#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace amtsdesk {

// What a person may do; granted per user, borrowed by a deputy for a period.
enum class Role {
    Clerk,                 // Sachbearbeitung
    Signatory,             // Zeichnungsbefugnis: final signature of a case
    InvoiceChecker,        // Rechnungsprüfung: arithmetic correctness
    PaymentApprover,       // Anordnungsbefugnis
    DigitalisationOfficer, // Digitalisierungsbeauftragte(r)
    ProgrammeManager,      // Projektleitung Digitalisierungsprogramm
    ProcessManager,        // Prozessmanagement
    Administrator,
};

// Names of roles: a stable key for storage and definitions, a translated name for people.
class Roles {
    Q_DECLARE_TR_FUNCTIONS(Roles)

public:
    static QList<Role> all();
    static QString key(Role role);
    static std::optional<Role> fromKey(const QString &key);
    static QString displayName(Role role);
};

} // namespace amtsdesk
