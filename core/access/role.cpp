#include "access/role.h"

namespace amtsdesk {

QList<Role> Roles::all()
{
    return {Role::Clerk, Role::Signatory, Role::InvoiceChecker, Role::PaymentApprover,
            Role::DigitalisationOfficer, Role::ProgrammeManager, Role::ProcessManager, Role::Administrator};
}

QString Roles::key(Role role)
{
    switch (role) {
    case Role::Clerk: return QStringLiteral("clerk");
    case Role::Signatory: return QStringLiteral("signatory");
    case Role::InvoiceChecker: return QStringLiteral("invoice_checker");
    case Role::PaymentApprover: return QStringLiteral("payment_approver");
    case Role::DigitalisationOfficer: return QStringLiteral("digitalisation_officer");
    case Role::ProgrammeManager: return QStringLiteral("programme_manager");
    case Role::ProcessManager: return QStringLiteral("process_manager");
    case Role::Administrator: return QStringLiteral("administrator");
    }
    return {};
}

std::optional<Role> Roles::fromKey(const QString &key)
{
    for (Role role : all()) {
        if (Roles::key(role) == key)
            return role;
    }
    return std::nullopt;
}

QString Roles::displayName(Role role)
{
    switch (role) {
    case Role::Clerk: return tr("Clerk");
    case Role::Signatory: return tr("Signatory");
    case Role::InvoiceChecker: return tr("Invoice checker");
    case Role::PaymentApprover: return tr("Payment approver");
    case Role::DigitalisationOfficer: return tr("Digitalisation officer");
    case Role::ProgrammeManager: return tr("Programme manager");
    case Role::ProcessManager: return tr("Process manager");
    case Role::Administrator: return tr("Administrator");
    }
    return {};
}

} // namespace amtsdesk
