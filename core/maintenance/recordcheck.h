#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace amtsdesk {

class Database;

// The store's own rules that SQLite cannot check: what one transaction writes together is
// found together. A document has its versions, a case and an invoice their workflow item, an
// item its history ending in its state, each step its audit entry, and every record the audit
// entry of its creation (and an audit entry its record, unless that was destroyed). A break
// means something was half done or changed behind Amtsdesk's back.
class RecordCheck {
    Q_DECLARE_TR_FUNCTIONS(RecordCheck)

public:
    // At most this many findings of one kind are named; the rest are counted.
    static constexpr int kNamedPerRule = 20;

    // One line per finding, for people; empty when every rule holds.
    static QStringList run(const Database &db);
};

} // namespace amtsdesk
