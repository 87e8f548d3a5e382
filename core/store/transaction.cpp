#include "store/transaction.h"

#include "store/database.h"

namespace amtsdesk {

Transaction::Transaction(Database &db) : m_db(db)
{
    m_level = ++m_db.transactionDepth();
    const QString sql = m_level == 1 ? QStringLiteral("BEGIN IMMEDIATE")
                                     : QStringLiteral("SAVEPOINT sp%1").arg(m_level);
    auto r = m_db.exec(sql);
    if (!r) {
        --m_db.transactionDepth();
        m_status = r.error();
        return;
    }
    m_open = true;
}

Transaction::~Transaction()
{
    if (m_open)
        rollback();
}

Status Transaction::commit()
{
    if (!m_open)
        return m_status.ok() ? Status(Error::internal(tr("The transaction was already finished."))) : m_status;
    const QString sql = m_level == 1 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE sp%1").arg(m_level);
    auto r = m_db.exec(sql);
    if (!r) {
        rollback();
        return r.error();
    }
    m_open = false;
    --m_db.transactionDepth();
    return {};
}

void Transaction::rollback()
{
    if (!m_open)
        return;
    if (m_level == 1) {
        (void)m_db.exec(QStringLiteral("ROLLBACK"));
    } else {
        (void)m_db.exec(QStringLiteral("ROLLBACK TO sp%1").arg(m_level));
        (void)m_db.exec(QStringLiteral("RELEASE sp%1").arg(m_level));
    }
    m_open = false;
    --m_db.transactionDepth();
}

} // namespace amtsdesk
