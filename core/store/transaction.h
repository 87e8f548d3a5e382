#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QString>

namespace amtsdesk {

class Database;

// A write transaction on a Database. The outermost one is BEGIN IMMEDIATE, so that two
// processes never both read and then write; inner ones are savepoints. Rolled back unless
// commit() succeeded.
class Transaction {
    Q_DECLARE_TR_FUNCTIONS(Transaction)

public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // Whether the transaction could be started (the store may be busy or read-only).
    const Status &status() const { return m_status; }
    Status commit();
    void rollback();

private:
    Database &m_db;
    Status m_status;
    int m_level = 0;
    bool m_open = false;
};

} // namespace amtsdesk
