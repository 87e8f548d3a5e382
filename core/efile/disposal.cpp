#include "efile/disposal.h"

#include "access/accessservice.h"
#include "audit/auditlog.h"
#include "common/clock.h"
#include "efile/fileservice.h"
#include "store/database.h"
#include "store/transaction.h"

namespace amtsdesk {

namespace {

// Closed files past their retention period in the actor's departments, as SQL on files f.
QString expired(const Actor &actor, const QDate &today, QVariantList &params)
{
    QStringList marks;
    params << today.toString(Qt::ISODate);
    for (const DepartmentId d : actor.departments()) {
        marks << QStringLiteral("?");
        params << d.value;
    }
    return QStringLiteral("f.closed_at IS NOT NULL AND f.retention_until IS NOT NULL AND f.retention_until < ? AND "
                          "f.lead_department_id IN (%1)")
        .arg(marks.isEmpty() ? QStringLiteral("NULL") : marks.join(QLatin1Char(',')));
}

} // namespace

Result<QList<DisposalCandidate>> Disposal::candidates(const Actor &actor, int limit) const
{
    QVariantList params;
    const QString where = expired(actor, m_db.clock().today(), params);
    params << limit;
    // The departments are a condition of the query (index files_department_retention), and the
    // documents are counted only for the files it returns.
    auto q = m_db.exec(
        QStringLiteral(
            "SELECT f.id, f.reference_number, d.code, f.retention_until, r.id, u.display_name, f.subject, "
            "(SELECT count(*) FROM documents x JOIN cases c ON c.id = x.case_id WHERE c.file_id = f.id) "
            "FROM files f JOIN departments d ON d.id = f.lead_department_id "
            "LEFT JOIN destruction_requests r ON r.file_id = f.id AND r.executed_at IS NULL "
            "LEFT JOIN users u ON u.id = r.requested_by WHERE %1 ORDER BY f.retention_until, f.id LIMIT ?")
            .arg(where),
        params);
    if (!q)
        return q.error();
    QList<DisposalCandidate> result;
    while (q->next()) {
        DisposalCandidate c;
        c.file = FileId(q->value(0).toLongLong());
        c.referenceNumber = q->value(1).toString();
        c.departmentCode = q->value(2).toString();
        c.retentionUntil = QDate::fromString(q->value(3).toString(), Qt::ISODate);
        c.subject = q->value(6).toString();
        c.documents = q->value(7).toInt();
        if (!q->value(4).isNull()) {
            c.requestId = q->value(4).toLongLong();
            c.requestedBy = q->value(5).toString();
        }
        result << c;
    }
    return result;
}

Result<int> Disposal::candidateCount(const Actor &actor) const
{
    QVariantList params;
    const QString where = expired(actor, m_db.clock().today(), params);
    auto n = m_db.scalar(QStringLiteral("SELECT count(*) FROM files f WHERE ") + where, params);
    if (!n)
        return n.error();
    return n->toInt();
}

Result<qint64> Disposal::requestDestruction(const Actor &actor, FileId fileId)
{
    FileService files(m_db);
    auto file = files.file(actor, fileId);
    if (!file)
        return file.error();
    if (!actor.hasRole(Role::Clerk) && !actor.hasRole(Role::Signatory))
        return AccessService(m_db).refused(
            actor, QStringLiteral("file"), file->referenceNumber, QStringLiteral("request destruction"),
            Error::denied(tr("%1 may not ask for the destruction of files.").arg(actor.signature())));
    if (!file->isClosed() || !file->retentionUntil.isValid() || file->retentionUntil >= m_db.clock().today())
        return Error::conflict(
            tr("The retention period of %1 has not ended; it cannot be destroyed.").arg(file->referenceNumber));
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    auto open =
        m_db.scalar(QStringLiteral("SELECT id FROM destruction_requests WHERE file_id = ? AND executed_at IS NULL"),
                    {fileId.value});
    if (!open)
        return open.error();
    if (open->isValid())
        return Error::conflict(tr("The destruction of %1 has been asked for already.").arg(file->referenceNumber));
    auto insert = m_db.exec(
        QStringLiteral(
            "INSERT INTO destruction_requests(reference_number, file_id, requested_by, requested_at) VALUES(?,?,?,?)"),
        {file->referenceNumber, fileId.value, actor.userId.value, toStoredTimestamp(m_db.clock().nowUtc())});
    if (!insert)
        return insert.error();
    const qint64 id = insert->lastInsertId().toLongLong();
    if (auto r = AuditLog(m_db).append(
            actor.record(QStringLiteral("file.destruction_requested"), QStringLiteral("file"), file->referenceNumber));
        !r)
        return r.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Status Disposal::approveDestruction(const Actor &actor, qint64 requestId)
{
    auto q = m_db.exec(
        QStringLiteral(
            "SELECT file_id, requested_by, reference_number, executed_at FROM destruction_requests WHERE id = ?"),
        {requestId});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(tr("There is no destruction request number %1.").arg(requestId));
    const FileId fileId(q->value(0).toLongLong());
    const UserId requester(q->value(1).toLongLong());
    const QString reference = q->value(2).toString();
    const bool executed = !q->value(3).isNull();
    q->finish();
    if (executed)
        return Error::conflict(tr("%1 has been destroyed already.").arg(reference));
    FileService files(m_db);
    auto file = files.file(actor, fileId);
    if (!file)
        return file.error();
    if (!actor.hasRole(Role::Signatory))
        return AccessService(m_db).refused(
            actor, QStringLiteral("file"), reference, QStringLiteral("approve destruction"),
            Error::denied(tr("%1 may not approve the destruction of %2: that needs the role \"%3\".")
                              .arg(actor.signature(), reference, Roles::displayName(Role::Signatory))));
    if (actor.userId == requester)
        return AccessService(m_db).refused(
            actor, QStringLiteral("file"), reference, QStringLiteral("approve destruction"),
            Error::denied(tr("%1 asked for the destruction of %2 and so cannot approve it: four eyes are needed.")
                              .arg(actor.displayName, reference)));

    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    qint64 documents = 0;
    // Content and metadata go; the blobs lose their references and are collected later.
    const QStringList statements{
        QStringLiteral("DELETE FROM notes WHERE object_type = 'document' AND object_id IN "
                       "(SELECT d.id FROM documents d JOIN cases c ON c.id = d.case_id WHERE c.file_id = ?)"),
        QStringLiteral(
            "DELETE FROM notes WHERE object_type = 'case' AND object_id IN (SELECT id FROM cases WHERE file_id = ?)"),
        QStringLiteral(
            "DELETE FROM document_text WHERE version_id IN (SELECT v.id FROM document_versions v JOIN documents d "
            "ON d.id = v.document_id JOIN cases c ON c.id = d.case_id WHERE c.file_id = ?)"),
        QStringLiteral("DELETE FROM document_versions WHERE document_id IN (SELECT d.id FROM documents d JOIN cases c "
                       "ON c.id = d.case_id "
                       "WHERE c.file_id = ?)"),
        QStringLiteral("DELETE FROM documents WHERE case_id IN (SELECT id FROM cases WHERE file_id = ?)"),
        QStringLiteral("DELETE FROM resubmissions WHERE case_id IN (SELECT id FROM cases WHERE file_id = ?)"),
        QStringLiteral("DELETE FROM workflow_history WHERE item_id IN (SELECT w.id FROM workflow_items w JOIN cases c "
                       "ON w.item_type = 'case' AND w.item_ref = CAST(c.id AS TEXT) WHERE c.file_id = ?)"),
        QStringLiteral("DELETE FROM workflow_items WHERE item_type = 'case' AND item_ref IN (SELECT CAST(id AS TEXT) "
                       "FROM cases WHERE file_id = ?)"),
        QStringLiteral("DELETE FROM cases WHERE file_id = ?"),
        QStringLiteral("UPDATE destruction_requests SET file_id = NULL WHERE file_id = ?"),
        QStringLiteral("DELETE FROM files WHERE id = ?"),
    };
    QStringList hashes;
    if (auto q = m_db.exec(
            QStringLiteral(
                "SELECT DISTINCT v.blob_hash FROM document_versions v JOIN documents d ON d.id = v.document_id "
                "JOIN cases c ON c.id = d.case_id WHERE c.file_id = ?"),
            {fileId.value});
        q) {
        while (q->next())
            hashes << q->value(0).toString();
    } else {
        return q.error();
    }
    if (auto count = m_db.scalar(
            QStringLiteral("SELECT count(*) FROM documents d JOIN cases c ON c.id = d.case_id WHERE c.file_id = ?"),
            {fileId.value});
        count)
        documents = count->toLongLong();
    for (const QString &sql : statements) {
        const QVariantList params(sql.count(QLatin1Char('?')), fileId.value);
        if (auto r = m_db.exec(sql, params); !r)
            return r.error();
    }
    // Blobs another document still uses (the same bytes filed twice) stay referenced.
    for (const QString &hash : std::as_const(hashes)) {
        if (auto r = m_db.exec(QStringLiteral("DELETE FROM blobs WHERE hash = ? AND NOT EXISTS "
                                              "(SELECT 1 FROM document_versions WHERE blob_hash = ?)"),
                               {hash, hash});
            !r)
            return r.error();
    }
    if (auto r = m_db.exec(
            QStringLiteral(
                "UPDATE destruction_requests SET approved_by = ?, approved_at = ?, executed_at = ? WHERE id = ?"),
            {actor.userId.value, toStoredTimestamp(m_db.clock().nowUtc()), toStoredTimestamp(m_db.clock().nowUtc()),
             requestId});
        !r)
        return r.error();
    if (auto r = AuditLog(m_db).append(
            actor.record(QStringLiteral("file.destroyed"), QStringLiteral("file"), reference,
                         QJsonObject{{QStringLiteral("requested_by"), QString::number(requester.value)},
                                     {QStringLiteral("approved_by"), QString::number(actor.userId.value)},
                                     {QStringLiteral("documents"), documents}}));
        !r)
        return r.error();
    return tx.commit();
}

} // namespace amtsdesk
