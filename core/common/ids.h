#pragma once

#include <QHashFunctions>
#include <QtGlobal>

namespace amtsdesk {

// A database row id that cannot be mixed up with the id of another table.
template <typename Tag>
struct Id {
    qint64 value = 0;

    constexpr Id() = default;
    constexpr explicit Id(qint64 v) : value(v) {}
    constexpr bool isValid() const { return value > 0; }
    friend constexpr bool operator==(Id a, Id b) { return a.value == b.value; }
    friend constexpr auto operator<=>(Id a, Id b) { return a.value <=> b.value; }
    friend size_t qHash(Id id, size_t seed = 0) { return ::qHash(id.value, seed); }
};

using UserId = Id<struct UserTag>;
using DepartmentId = Id<struct DepartmentTag>;
using AuditEntryId = Id<struct AuditEntryTag>;
using WorkflowItemId = Id<struct WorkflowItemTag>;
using InvoiceId = Id<struct InvoiceTag>;

} // namespace amtsdesk
