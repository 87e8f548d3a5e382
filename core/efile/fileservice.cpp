#include "efile/fileservice.h"

#include "access/accessservice.h"
#include "audit/auditlog.h"
#include "common/clock.h"
#include "efile/fileplan.h"
#include "store/database.h"
#include "store/keysetquery.h"
#include "store/transaction.h"
#include "workflow/workflowengine.h"

#include <QRegularExpression>

namespace amtsdesk {

namespace {

const QString kFileSelect = QStringLiteral(
    "SELECT f.id, f.plan_unit_id, u.key, f.reference_number, f.subject, f.lead_department_id, d.code, "
    "f.confidentiality, "
    "f.retention_years, f.closed_at, f.retention_until, f.created_at FROM files f "
    "JOIN file_plan_units u ON u.id = f.plan_unit_id JOIN departments d ON d.id = f.lead_department_id ");

EFile readFile(const QSqlQuery &q)
{
    EFile f;
    f.id = FileId(q.value(0).toLongLong());
    f.planUnit = PlanUnitId(q.value(1).toLongLong());
    f.planKey = q.value(2).toString();
    f.referenceNumber = q.value(3).toString();
    f.subject = q.value(4).toString();
    f.leadDepartment = DepartmentId(q.value(5).toLongLong());
    f.departmentCode = q.value(6).toString();
    f.confidentiality =
        q.value(7).toString() == QStringLiteral("vs_nfd") ? Confidentiality::Restricted : Confidentiality::Open;
    if (!q.value(8).isNull())
        f.retentionYears = q.value(8).toInt();
    if (!q.value(9).isNull())
        f.closedAt = fromStoredTimestamp(q.value(9).toString());
    f.retentionUntil = QDate::fromString(q.value(10).toString(), Qt::ISODate);
    f.createdAt = fromStoredTimestamp(q.value(11).toString());
    return f;
}

QString confidentialityKey(Confidentiality c)
{
    return c == Confidentiality::Restricted ? QStringLiteral("vs_nfd") : QStringLiteral("offen");
}

} // namespace

QString directionKey(Direction direction)
{
    switch (direction) {
    case Direction::Incoming: return QStringLiteral("incoming");
    case Direction::Outgoing: return QStringLiteral("outgoing");
    case Direction::Internal: return QStringLiteral("internal");
    }
    return {};
}

std::optional<Direction> directionFromKey(const QString &key)
{
    for (Direction d : {Direction::Incoming, Direction::Outgoing, Direction::Internal}) {
        if (directionKey(d) == key)
            return d;
    }
    return std::nullopt;
}

Result<Confidentiality> FileService::parseConfidentiality(const QString &text)
{
    QString t = text.trimmed().toLower();
    t.remove(QLatin1Char(' ')).remove(QLatin1Char('-')).remove(QLatin1Char('_')).remove(QLatin1Char('.'));
    if (t.isEmpty() || t == QStringLiteral("offen") || t == QStringLiteral("open"))
        return Confidentiality::Open;
    if (t == QStringLiteral("vsnfd") || t == QStringLiteral("vsnurfürdendienstgebrauch") ||
        t == QStringLiteral("restricted"))
        return Confidentiality::Restricted;
    if (t.startsWith(QStringLiteral("vsvertraulich")) || t == QStringLiteral("vertraulich") ||
        t.contains(QStringLiteral("geheim")) || t == QStringLiteral("confidential") || t == QStringLiteral("secret"))
        return Error::invalid(tr("Records classified \"%1\" belong in an approved system for classified information, "
                                 "not in Amtsdesk, which holds records up to VS-NfD.")
                                  .arg(text.trimmed()));
    return Error::invalid(
        tr("\"%1\" is not a confidentiality level; use Offen or VS-NfD.").arg(text.trimmed().left(40)));
}

QString FileService::confidentialityLabel(Confidentiality level)
{
    return level == Confidentiality::Restricted ? QStringLiteral("VS-NfD") : tr("Open");
}

QString FileService::renderReferenceNumber(const QString &pattern, const QString &departmentCode,
                                           const QString &planKey, int runningNumber, int year)
{
    static const QRegularExpression number(QStringLiteral("\\{nr(?::(\\d))?\\}"));
    QString result = pattern;
    result.replace(QStringLiteral("{oe}"), departmentCode)
        .replace(QStringLiteral("{plan}"), planKey)
        .replace(QStringLiteral("{year}"), QString::number(year));
    QRegularExpressionMatch m;
    while ((m = number.match(result)).hasMatch()) {
        const int width = m.captured(1).isEmpty() ? 0 : m.captured(1).toInt();
        result.replace(m.capturedStart(), m.capturedLength(),
                       QStringLiteral("%1").arg(runningNumber, width, 10, QLatin1Char('0')));
    }
    return result;
}

Status FileService::mayRead(const Actor &actor, const EFile &file) const
{
    // The program itself files what it archives (invoices after their hand-over).
    if (actor.isSystem || actor.departments().contains(file.leadDepartment))
        return {};
    return Error::denied(tr("%1 may not see the file %2: it belongs to the department %3.")
                             .arg(actor.signature(), file.referenceNumber, file.departmentCode));
}

Status FileService::mayChange(const Actor &actor, const EFile &file) const
{
    if (Status s = mayRead(actor, file); !s)
        return s;
    if (!actor.isSystem && !actor.hasRole(Role::Clerk) && !actor.hasRole(Role::Signatory))
        return Error::denied(tr("%1 may not change the file %2: that needs the role \"%3\".")
                                 .arg(actor.signature(), file.referenceNumber, Roles::displayName(Role::Clerk)));
    if (file.isClosed())
        return Error::conflict(tr("The file %1 is closed (zdA); it cannot be changed.").arg(file.referenceNumber));
    return {};
}

Status FileService::requireChange(const Actor &actor, const EFile &file, const QString &attempted) const
{
    Status s = mayChange(actor, file);
    if (!s && s.error().code == ErrorCode::PermissionDenied)
        return AccessService(m_db).refused(actor, QStringLiteral("file"), file.referenceNumber, attempted, s.error());
    return s;
}

Result<EFile> FileService::loadFile(FileId id) const
{
    auto q = m_db.exec(kFileSelect + QStringLiteral("WHERE f.id = ?"), {id.value});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(tr("There is no file number %1.").arg(id.value));
    return readFile(*q);
}

Result<EFile> FileService::file(const Actor &actor, FileId id) const
{
    auto f = loadFile(id);
    if (!f)
        return f.error();
    if (Status s = mayRead(actor, *f); !s)
        return AccessService(m_db).refused(actor, QStringLiteral("file"), f->referenceNumber, QStringLiteral("view"),
                                           s.error());
    if (f->confidentiality == Confidentiality::Restricted) {
        if (auto r = AuditLog(m_db).append(
                actor.record(QStringLiteral("file.viewed"), QStringLiteral("file"), f->referenceNumber));
            !r)
            return r.error();
    }
    return f;
}

Result<EFile> FileService::fileByReference(const Actor &actor, const QString &referenceNumber) const
{
    auto id =
        m_db.scalar(QStringLiteral("SELECT id FROM files WHERE reference_number = ?"), {referenceNumber.trimmed()});
    if (!id)
        return id.error();
    if (!id->isValid())
        return Error::notFound(tr("There is no file %1.").arg(referenceNumber.trimmed()));
    return file(actor, FileId(id->toLongLong()));
}

Result<QList<EFile>> FileService::files(const Actor &actor, PlanUnitId planUnit, FileId after, int limit) const
{
    QStringList marks;
    QVariantList params;
    for (const DepartmentId d : actor.departments()) {
        marks << QStringLiteral("?");
        params << d.value;
    }
    if (marks.isEmpty())
        return QList<EFile>();
    QString sql = kFileSelect +
                  QStringLiteral("WHERE f.lead_department_id IN (%1) AND f.id > ?").arg(marks.join(QLatin1Char(',')));
    params << after.value;
    if (planUnit.isValid()) {
        sql += QStringLiteral(" AND f.plan_unit_id = ?");
        params << planUnit.value;
    }
    sql += QStringLiteral(" ORDER BY f.id LIMIT ?");
    params << limit;
    auto q = m_db.exec(sql, params);
    if (!q)
        return q.error();
    QList<EFile> result;
    while (q->next())
        result << readFile(*q);
    return result;
}

Result<QSet<PlanUnitId>> FileService::unitsWithFiles(const Actor &actor) const
{
    QStringList marks;
    QVariantList params;
    for (const DepartmentId d : actor.departments()) {
        marks << QStringLiteral("?");
        params << d.value;
    }
    QSet<PlanUnitId> result;
    if (marks.isEmpty() && !actor.isSystem)
        return result;
    const QString visible = actor.isSystem ? QString()
                                           : QStringLiteral(" AND f.lead_department_id IN (%1)")
                                                 .arg(marks.join(QLatin1Char(',')));
    auto q = m_db.exec(QStringLiteral("SELECT u.id FROM file_plan_units u WHERE EXISTS (SELECT 1 FROM files f WHERE "
                                      "f.plan_unit_id = u.id%1)")
                           .arg(visible),
                       params);
    if (!q)
        return q.error();
    while (q->next())
        result.insert(PlanUnitId(q->value(0).toLongLong()));
    return result;
}

Result<FileId> FileService::createFile(const Actor &actor, const NewFile &nf)
{
    Confidentiality confidentiality = nf.confidentiality;
    if (!nf.confidentialityText.isEmpty()) {
        auto parsed = parseConfidentiality(nf.confidentialityText);
        if (!parsed)
            return parsed.error();
        confidentiality = *parsed;
    }
    const QString subject = nf.subject.trimmed();
    if (subject.isEmpty() || subject.size() > 500)
        return Error::invalid(tr("A file needs a subject of 1 to 500 characters."));
    FilePlan plan(m_db);
    auto unit = plan.unit(nf.planKey.trimmed());
    if (!unit)
        return unit.error();
    auto leaf = plan.isLeaf(unit->id);
    if (!leaf)
        return leaf.error();
    if (!*leaf)
        return Error::invalid(
            tr("Files are filed under the lowest level of the file plan; \"%1\" has sub-units.").arg(unit->key));
    AccessService access(m_db);
    DepartmentId department = unit->department;
    QString departmentCode = unit->departmentCode;
    if (!nf.departmentCode.isEmpty()) {
        auto d = access.departmentByCode(nf.departmentCode);
        if (!d)
            return d.error();
        department = *d;
        departmentCode = nf.departmentCode;
    }
    if (!actor.isSystem && (!actor.departments().contains(department) ||
                            (!actor.hasRole(Role::Clerk) && !actor.hasRole(Role::Signatory)))) {
        return access.refused(
            actor, QStringLiteral("department"), departmentCode, QStringLiteral("create file"),
            Error::denied(tr("%1 may not create files for the department %2: that needs a clerk of that department.")
                              .arg(actor.signature(), departmentCode)));
    }
    const std::optional<int> retention = nf.retentionYears ? *nf.retentionYears : unit->retentionYears;
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    const int year = m_db.clock().nowUtc().toLocalTime().date().year();
    auto last = m_db.scalar(
        QStringLiteral(
            "SELECT max(running_number) FROM files WHERE plan_unit_id = ? AND lead_department_id = ? AND year = ?"),
        {unit->id.value, department.value, year});
    if (!last)
        return last.error();
    int running = last->toInt() + 1;
    QString pattern = m_db.storeInfo(QStringLiteral("reference_template"));
    if (pattern.isEmpty())
        pattern = kDefaultTemplate;
    QString reference = renderReferenceNumber(pattern, departmentCode, unit->key, running, year);
    // A file re-filed elsewhere keeps its reference number, so the next number of this unit may
    // be in use still: the next free one is taken (a template without a number never finds one,
    // and is refused below).
    for (int tries = 0; tries < 1000; ++tries) {
        auto taken = m_db.scalar(QStringLiteral("SELECT 1 FROM files WHERE reference_number = ?"), {reference});
        if (!taken)
            return taken.error();
        if (!taken->isValid())
            break;
        reference = renderReferenceNumber(pattern, departmentCode, unit->key, ++running, year);
    }
    const QString now = toStoredTimestamp(m_db.clock().nowUtc());
    auto insert = m_db.exec(
        QStringLiteral("INSERT INTO files(plan_unit_id, reference_number, running_number, year, subject, "
                       "lead_department_id, confidentiality, retention_years, created_at, created_by) "
                       "VALUES(?,?,?,?,?,?,?,?,?,?)"),
        {unit->id.value, reference, running, year, subject, department.value, confidentialityKey(confidentiality),
         retention ? QVariant(*retention) : QVariant(QMetaType::fromType<int>()), now, actor.userId.value});
    if (!insert)
        return insert.error().code == ErrorCode::Conflict
                   ? Error::conflict(tr("The reference number %1 exists already; check the reference number template.")
                                         .arg(reference))
                   : insert.error();
    const FileId id(insert->lastInsertId().toLongLong());
    if (auto r = AuditLog(m_db).append(
            actor.record(QStringLiteral("file.created"), QStringLiteral("file"), reference,
                         QJsonObject{{QStringLiteral("subject"), subject},
                                     {QStringLiteral("plan"), unit->key},
                                     {QStringLiteral("department"), departmentCode},
                                     {QStringLiteral("confidentiality"), confidentialityKey(confidentiality)},
                                     {QStringLiteral("retention"), FilePlan::retentionText(retention)}}));
        !r)
        return r.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Status FileService::refile(const Actor &actor, FileId id, const QString &planKey)
{
    auto f = file(actor, id);
    if (!f)
        return f.error();
    if (Status s = requireChange(actor, *f, QStringLiteral("refile")); !s)
        return s;
    FilePlan plan(m_db);
    auto unit = plan.unit(planKey.trimmed());
    if (!unit)
        return unit.error();
    auto leaf = plan.isLeaf(unit->id);
    if (!leaf)
        return leaf.error();
    if (!*leaf)
        return Error::invalid(
            tr("Files are filed under the lowest level of the file plan; \"%1\" has sub-units.").arg(unit->key));
    if (unit->id == f->planUnit)
        return {};
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    // A unit numbers its files per department and year; the file keeps its number when it moves.
    auto clash =
        m_db.scalar(QStringLiteral("SELECT o.reference_number FROM files f JOIN files o ON o.plan_unit_id = ? AND "
                                   "o.lead_department_id = f.lead_department_id AND o.year = f.year AND "
                                   "o.running_number = f.running_number AND o.id <> f.id WHERE f.id = ?"),
                    {unit->id.value, id.value});
    if (!clash)
        return clash.error();
    if (clash->isValid())
        return Error::conflict(tr("%1 cannot be re-filed under %2: the file %3 there has the same running number of "
                                  "the same department and year. Nothing was changed.")
                                   .arg(f->referenceNumber, unit->key, clash->toString()));
    if (auto r =
            m_db.exec(QStringLiteral("UPDATE files SET plan_unit_id = ? WHERE id = ?"), {unit->id.value, id.value});
        !r)
        return r.error();
    if (auto r = AuditLog(m_db).append(
            actor.record(QStringLiteral("file.refiled"), QStringLiteral("file"), f->referenceNumber,
                         QJsonObject{{QStringLiteral("plan"), QJsonObject{{QStringLiteral("old"), f->planKey},
                                                                          {QStringLiteral("new"), unit->key}}}}));
        !r)
        return r.error();
    return tx.commit();
}

Status FileService::closeFile(const Actor &actor, FileId id)
{
    auto f = file(actor, id);
    if (!f)
        return f.error();
    if (Status s = requireChange(actor, *f, QStringLiteral("close")); !s)
        return s;
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    auto open = m_db.scalar(QStringLiteral("SELECT count(*) FROM cases c JOIN workflow_items w ON w.item_type = 'case' "
                                           "AND w.item_ref = CAST(c.id AS TEXT) WHERE c.file_id = ? AND w.is_open = 1"),
                            {id.value});
    if (!open)
        return open.error();
    if (open->toLongLong() > 0)
        return Error::conflict(
            tr("The file %1 still has %n open case(s); close them first.", nullptr, int(open->toLongLong()))
                .arg(f->referenceNumber));
    const QDateTime now = m_db.clock().nowUtc();
    QVariant until(QMetaType::fromType<QString>());
    if (f->retentionYears)
        until = QDate(now.toLocalTime().date().year() + *f->retentionYears, 12, 31).toString(Qt::ISODate);
    if (auto r = m_db.exec(QStringLiteral("UPDATE files SET closed_at = ?, retention_until = ? WHERE id = ?"),
                           {toStoredTimestamp(now), until, id.value});
        !r)
        return r.error();
    if (auto r = AuditLog(m_db).append(
            actor.record(QStringLiteral("file.closed"), QStringLiteral("file"), f->referenceNumber,
                         QJsonObject{{QStringLiteral("retention_until"),
                                      until.isNull() ? QStringLiteral("unbefristet") : until.toString()}}));
        !r)
        return r.error();
    return tx.commit();
}

Result<CaseId> FileService::createCase(const Actor &actor, FileId fileId, const QString &subject, QDate dueDate)
{
    auto f = file(actor, fileId);
    if (!f)
        return f.error();
    if (Status s = requireChange(actor, *f, QStringLiteral("create case")); !s)
        return s.error();
    const QString text = subject.trimmed();
    if (text.isEmpty() || text.size() > 500)
        return Error::invalid(tr("A case needs a subject of 1 to 500 characters."));
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    auto last = m_db.scalar(QStringLiteral("SELECT max(number) FROM cases WHERE file_id = ?"), {fileId.value});
    if (!last)
        return last.error();
    const int number = last->toInt() + 1;
    auto insert = m_db.exec(
        QStringLiteral("INSERT INTO cases(file_id, number, subject, created_at, created_by) VALUES(?,?,?,?,?)"),
        {fileId.value, number, text, toStoredTimestamp(m_db.clock().nowUtc()), actor.userId.value});
    if (!insert)
        return insert.error();
    const CaseId id(insert->lastInsertId().toLongLong());
    const QString title = QStringLiteral("%1/%2 %3").arg(f->referenceNumber).arg(number).arg(text);
    auto item = WorkflowEngine(m_db).start(actor, NewWorkflowItem{QStringLiteral("case"),
                                                                  QStringLiteral("case"),
                                                                  QString::number(id.value),
                                                                  title,
                                                                  f->leadDepartment,
                                                                  dueDate,
                                                                  {}});
    if (!item)
        return item.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<QList<Case>> FileService::cases(const Actor &actor, FileId fileId) const
{
    if (auto f = file(actor, fileId); !f)
        return f.error();
    return readCases(QStringLiteral("WHERE c.file_id = ? ORDER BY c.number"), {fileId.value});
}

Result<QList<Case>> FileService::loadCases(const QList<CaseId> &ids) const
{
    return loadByIds<Case>(ids, QStringLiteral("c.id"), [this](const QString &condition, const QVariantList &params) {
        return readCases(condition, params);
    });
}

Result<QList<Case>> FileService::readCases(const QString &condition, const QVariantList &params) const
{
    auto q = m_db.exec(
        QStringLiteral("SELECT c.id, c.file_id, f.reference_number, c.number, c.subject, c.created_at, w.state, "
                       "w.is_open, w.workflow_key, w.definition_version FROM cases c JOIN files f ON f.id = c.file_id "
                       "LEFT JOIN workflow_items w ON w.item_type = 'case' AND w.item_ref = CAST(c.id AS TEXT) ") +
            condition,
        params);
    if (!q)
        return q.error();
    WorkflowRegistry registry(m_db);
    // One definition per workflow version, not one per case.
    QHash<QString, std::optional<WorkflowDefinition>> definitions;
    QList<Case> result;
    while (q->next()) {
        Case c;
        c.id = CaseId(q->value(0).toLongLong());
        c.file = FileId(q->value(1).toLongLong());
        c.referenceNumber = q->value(2).toString();
        c.number = q->value(3).toInt();
        c.subject = q->value(4).toString();
        c.createdAt = fromStoredTimestamp(q->value(5).toString());
        c.state = q->value(6).toString();
        c.closed = !q->value(7).toBool();
        const QString key = q->value(8).toString() + QLatin1Char('/') + q->value(9).toString();
        if (!definitions.contains(key)) {
            auto def = registry.version(q->value(8).toString(), q->value(9).toInt());
            definitions.insert(key, def ? std::optional<WorkflowDefinition>(*def) : std::nullopt);
        }
        const std::optional<WorkflowDefinition> &def = definitions[key];
        const WorkflowState *state = def ? def->state(c.state) : nullptr;
        c.stateLabel = state ? state->labels.text(c.state) : c.state;
        result << c;
    }
    return result;
}

Result<Case> FileService::caseById(const Actor &actor, CaseId id) const
{
    auto fileId = m_db.scalar(QStringLiteral("SELECT file_id FROM cases WHERE id = ?"), {id.value});
    if (!fileId)
        return fileId.error();
    if (!fileId->isValid())
        return Error::notFound(tr("There is no case number %1.").arg(id.value));
    if (auto f = file(actor, FileId(fileId->toLongLong())); !f)
        return f.error();
    auto found = loadCases({id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::notFound(tr("There is no case number %1.").arg(id.value));
    return found->first();
}

} // namespace amtsdesk
