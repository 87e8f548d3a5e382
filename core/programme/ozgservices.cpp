#include "programme/ozgservices.h"

#include "access/accessservice.h"
#include "audit/auditlog.h"
#include "common/clock.h"
#include "common/csv.h"
#include "programme/storedvalues.h"
#include "store/database.h"
#include "store/transaction.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QStringDecoder>
#include <QUrl>

#include <algorithm>

namespace amtsdesk {

namespace {

constexpr qint64 kMaxCatalogueBytes = 50 * 1024 * 1024;
constexpr int kMaxFieldLength = 2000;
const QString kNotInLeika = QStringLiteral("nicht im LeiKa");

bool isBlank(const csv::Record &r)
{
    return r.fields.size() == 1 && r.fields.first().trimmed().isEmpty();
}

const QString kCatalogueColumns = QStringLiteral("c.id, c.leika_key, c.leika_name, c.leika_type, c.ozg_id, c.ozg_name, "
                                                 "c.life_situation, c.topic");

CatalogueEntry readEntry(const QSqlQuery &q, int first = 0)
{
    CatalogueEntry e;
    e.id = q.value(first).toLongLong();
    e.leikaKey = q.value(first + 1).toString();
    e.leikaName = q.value(first + 2).toString();
    e.leikaType = q.value(first + 3).toString();
    e.ozgId = q.value(first + 4).toString();
    e.ozgName = q.value(first + 5).toString();
    e.lifeSituation = q.value(first + 6).toString();
    e.topic = q.value(first + 7).toString();
    return e;
}

bool sameEntry(const CatalogueEntry &a, const CatalogueEntry &b)
{
    return a.leikaKey == b.leikaKey && a.leikaName == b.leikaName && a.leikaType == b.leikaType && a.ozgId == b.ozgId &&
           a.ozgName == b.ozgName && a.lifeSituation == b.lifeSituation && a.topic == b.topic;
}

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

const QRegularExpression &leikaKeyPattern()
{
    static const QRegularExpression re(QStringLiteral("^[0-9]{14}$"));
    return re;
}

const QRegularExpression &ozgIdPattern()
{
    static const QRegularExpression re(QStringLiteral("^[0-9]{1,10}$"));
    return re;
}

} // namespace

// ---------------------------------------------------------------------------------------------
// The catalogue

Result<CatalogueImport> OzgServices::importCatalogue(const Actor &actor, const QByteArray &csv,
                                                     const QString &sourceName)
{
    if (!actor.hasRole(Role::Administrator)) {
        if (Status s = AccessService(m_db).require(actor, Role::ProgrammeManager,
                                                   QT_TRANSLATE_NOOP("AccessService", "import the OZG catalogue"));
            !s)
            return s.error();
    }
    const QString source = sourceName.isEmpty() ? tr("the catalogue") : sourceName;
    if (csv.size() > kMaxCatalogueBytes)
        return Error::invalid(tr("%1 is larger than 50 MB; the OZG catalogue is far smaller.").arg(source));
    QByteArray bytes = csv;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString content = decoder.decode(bytes);
    if (decoder.hasError())
        return Error::invalid(tr("%1 is not valid UTF-8 text; save the catalogue as CSV (UTF-8).").arg(source));
    if (content.contains(QChar(0)))
        return Error::invalid(tr("%1 contains a NUL character: it is not a CSV text file.").arg(source));

    const qsizetype firstBreak = content.indexOf(QRegularExpression(QStringLiteral("[\r\n]")));
    const QString firstLine = firstBreak < 0 ? content : content.left(firstBreak);
    if (firstLine.trimmed().isEmpty())
        return Error::invalid(tr("%1 is empty or has no header line.").arg(source));
    const QChar separator =
        firstLine.count(QLatin1Char(';')) > firstLine.count(QLatin1Char(',')) ? QLatin1Char(';') : QLatin1Char(',');
    int unterminated = 0;
    const QList<csv::Record> records = csv::readRecords(content, separator, &unterminated);
    if (unterminated > 0)
        return Error::invalid(tr("%1, line %2: a quoted field is never closed.").arg(source).arg(unterminated));

    const QStringList header = records.first().fields;
    QHash<QString, int> column;
    for (int i = 0; i < header.size(); ++i) {
        const QString name = header.at(i).trimmed().toLower();
        if (name.isEmpty())
            continue;
        if (column.contains(name))
            return Error::invalid(tr("%1, line 1: the column \"%2\" appears twice.").arg(source, name));
        column.insert(name, i);
    }
    for (const QString &required :
         {QStringLiteral("leika_name"), QStringLiteral("ozg_id"), QStringLiteral("ozg_name")}) {
        if (!column.contains(required))
            return Error::invalid(tr("%1, line 1: the column \"%2\" is missing (expected: "
                                     "leika_key,leika_name,leika_type,ozg_id,ozg_name,life_situation,topic).")
                                      .arg(source, required));
    }

    CatalogueImport result;
    struct Row {
        int line;
        QString identity;
        CatalogueEntry entry;
    };
    QList<Row> rows;
    QHash<QString, int> seen; // identity -> line
    for (qsizetype r = 1; r < records.size(); ++r) {
        const csv::Record &record = records.at(r);
        if (isBlank(record))
            continue;
        auto reject = [&](const QString &reason) { result.rejected << CatalogueImport::Rejected{record.line, reason}; };
        if (record.fields.size() != header.size()) {
            reject(tr("it has %1 fields, the header has %2.").arg(record.fields.size()).arg(header.size()));
            continue;
        }
        bool tooLong = false;
        for (const QString &f : record.fields)
            tooLong = tooLong || f.size() > kMaxFieldLength;
        if (tooLong) {
            reject(tr("a field is longer than %1 characters.").arg(kMaxFieldLength));
            continue;
        }
        auto cell = [&](const QString &name) {
            return column.contains(name) ? record.fields.at(column.value(name)).simplified() : QString();
        };
        CatalogueEntry e;
        e.leikaKey = cell(QStringLiteral("leika_key"));
        e.leikaName = cell(QStringLiteral("leika_name"));
        e.leikaType = cell(QStringLiteral("leika_type"));
        e.ozgId = cell(QStringLiteral("ozg_id"));
        e.ozgName = cell(QStringLiteral("ozg_name"));
        e.lifeSituation = cell(QStringLiteral("life_situation"));
        e.topic = cell(QStringLiteral("topic"));
        if (e.leikaKey.compare(kNotInLeika, Qt::CaseInsensitive) == 0)
            e.leikaKey.clear();
        if (e.ozgId.isEmpty()) {
            reject(tr("the OZG id is missing."));
            continue;
        }
        if (!ozgIdPattern().match(e.ozgId).hasMatch()) {
            reject(tr("the OZG id \"%1\" is not a number of 1 to 10 digits.").arg(e.ozgId));
            continue;
        }
        if (e.leikaName.isEmpty()) {
            reject(tr("the LeiKa name is missing."));
            continue;
        }
        if (e.ozgName.isEmpty()) {
            reject(tr("the OZG name is missing."));
            continue;
        }
        if (!e.leikaKey.isEmpty() && !leikaKeyPattern().match(e.leikaKey).hasMatch()) {
            reject(tr("the LeiKa key \"%1\" is not 14 digits (nor \"nicht im LeiKa\").").arg(e.leikaKey));
            continue;
        }
        const QString identity = e.leikaKey.isEmpty()
                                     ? QStringLiteral("name:") + e.leikaName.toLower() + QLatin1Char('|') + e.ozgId
                                     : QStringLiteral("leika:") + e.leikaKey + QLatin1Char('|') + e.ozgId;
        if (auto it = seen.constFind(identity); it != seen.constEnd()) {
            reject(tr("it repeats the service of line %1 (%2, OZG id %3).")
                       .arg(*it)
                       .arg(e.leikaKey.isEmpty() ? e.leikaName : e.leikaKey, e.ozgId));
            continue;
        }
        seen.insert(identity, record.line);
        rows << Row{record.line, identity, e};
    }

    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    QHash<QString, CatalogueEntry> existing;
    {
        auto q = m_db.exec(QStringLiteral("SELECT c.identity, ") + kCatalogueColumns +
                           QStringLiteral(" FROM ozg_catalogue c"));
        if (!q)
            return q.error();
        while (q->next())
            existing.insert(q->value(0).toString(), readEntry(*q, 1));
    }
    const QString now = toStoredTimestamp(m_db.clock().nowUtc());
    for (const Row &row : std::as_const(rows)) {
        const CatalogueEntry &e = row.entry;
        const QVariant key = e.leikaKey.isEmpty() ? QVariant() : QVariant(e.leikaKey);
        auto old = existing.constFind(row.identity);
        if (old == existing.constEnd()) {
            auto insert = m_db.exec(
                QStringLiteral("INSERT INTO ozg_catalogue(identity, leika_key, leika_name, leika_type, ozg_id, "
                               "ozg_name, life_situation, topic, imported_at) VALUES(?,?,?,?,?,?,?,?,?)"),
                {row.identity, key, e.leikaName, stored::text(e.leikaType), e.ozgId, e.ozgName, stored::text(e.lifeSituation),
                 stored::text(e.topic), now});
            if (!insert)
                return insert.error();
            ++result.added;
        } else if (sameEntry(*old, e)) {
            ++result.unchanged;
        } else {
            auto update = m_db.exec(
                QStringLiteral("UPDATE ozg_catalogue SET leika_key = ?, leika_name = ?, leika_type = ?, ozg_id = ?, "
                               "ozg_name = ?, life_situation = ?, topic = ?, imported_at = ? WHERE id = ?"),
                {key, e.leikaName, stored::text(e.leikaType), e.ozgId, e.ozgName, stored::text(e.lifeSituation), stored::text(e.topic), now,
                 old->id});
            if (!update)
                return update.error();
            ++result.updated;
        }
    }
    if (auto a = AuditLog(m_db).append(actor.record(
            QStringLiteral("ozg.catalogue_imported"), QStringLiteral("ozg_catalogue"), QFileInfo(source).fileName(),
            QJsonObject{{QStringLiteral("source"), source},
                        {QStringLiteral("added"), result.added},
                        {QStringLiteral("updated"), result.updated},
                        {QStringLiteral("unchanged"), result.unchanged},
                        {QStringLiteral("rejected"), int(result.rejected.size())}}));
        !a)
        return a.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return result;
}

Result<CatalogueImport> OzgServices::importCatalogueFile(const Actor &actor, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(tr("%1 cannot be read: %2").arg(path, file.errorString()));
    if (file.size() > kMaxCatalogueBytes)
        return Error::invalid(tr("%1 is larger than 50 MB; the OZG catalogue is far smaller.").arg(path));
    const QByteArray bytes = file.read(kMaxCatalogueBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return Error::io(tr("%1 cannot be read: %2").arg(path, file.errorString()));
    return importCatalogue(actor, bytes, path);
}

Result<int> OzgServices::catalogueSize() const
{
    auto n = m_db.scalar(QStringLiteral("SELECT count(*) FROM ozg_catalogue"));
    if (!n)
        return n.error();
    return n->toInt();
}

Result<QList<CatalogueEntry>> OzgServices::findInCatalogue(const QString &search, int limit) const
{
    limit = std::clamp(limit, 1, 1000);
    const QString t = search.simplified();
    QString sql = QStringLiteral("SELECT ") + kCatalogueColumns + QStringLiteral(" FROM ozg_catalogue c ");
    QVariantList params;
    if (!t.isEmpty()) {
        sql += QStringLiteral("WHERE c.leika_name LIKE ? ESCAPE '\\' OR c.ozg_name LIKE ? ESCAPE '\\' "
                              "OR c.leika_key LIKE ? ESCAPE '\\' OR c.ozg_id LIKE ? ESCAPE '\\' ");
        const QString p = likePattern(t);
        params << p << p << p << p;
    }
    sql += QStringLiteral("ORDER BY c.leika_name, c.ozg_id, c.id LIMIT ?");
    params << limit;
    auto q = m_db.exec(sql, params);
    if (!q)
        return q.error();
    QList<CatalogueEntry> result;
    while (q->next())
        result << readEntry(*q);
    return result;
}

Result<CatalogueEntry> OzgServices::catalogueEntry(qint64 id) const
{
    auto q = m_db.exec(
        QStringLiteral("SELECT ") + kCatalogueColumns + QStringLiteral(" FROM ozg_catalogue c WHERE c.id = ?"), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(tr("There is no catalogue entry number %1.").arg(id));
    return readEntry(*q);
}

Result<CatalogueEntry> OzgServices::catalogueEntryByKey(const QString &leikaKeyOrOzgId) const
{
    const QString key = leikaKeyOrOzgId.trimmed();
    const bool isLeika = leikaKeyPattern().match(key).hasMatch();
    auto q =
        m_db.exec(QStringLiteral("SELECT ") + kCatalogueColumns +
                      (isLeika ? QStringLiteral(" FROM ozg_catalogue c WHERE c.leika_key = ? ORDER BY c.ozg_id, c.id "
                                                "LIMIT 1")
                               : QStringLiteral(" FROM ozg_catalogue c WHERE c.ozg_id = ? ORDER BY "
                                                "c.leika_key IS NULL, c.leika_key, c.id LIMIT 1")),
                  {key});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(tr("The catalogue has no service with the LeiKa key or OZG id \"%1\".").arg(key));
    return readEntry(*q);
}

// ---------------------------------------------------------------------------------------------
// Offered services

namespace {

const QString kServiceSelect =
    QStringLiteral("SELECT s.id, s.department_id, d.code, s.subproject_id, p.code, s.model, s.level, s.target_model, "
                   "s.target_level, s.link, s.go_live, s.status, s.row_version, ") +
    kCatalogueColumns +
    QStringLiteral(" FROM district_services s JOIN ozg_catalogue c ON c.id = s.catalogue_id "
                   "JOIN departments d ON d.id = s.department_id LEFT JOIN subprojects p ON p.id = s.subproject_id ");

Maturity maturityFrom(const QVariant &model, const QVariant &level)
{
    return Maturity{ProgrammeTerms::maturityModel(model.toString()).value_or(MaturityModel::V2_0), level.toInt()};
}

DistrictService readService(const QSqlQuery &q)
{
    DistrictService s;
    s.id = DistrictServiceId(q.value(0).toLongLong());
    s.department = DepartmentId(q.value(1).toLongLong());
    s.departmentCode = q.value(2).toString();
    if (!q.value(3).isNull())
        s.subProject = SubProjectId(q.value(3).toLongLong());
    s.subProjectCode = q.value(4).toString();
    s.now = maturityFrom(q.value(5), q.value(6));
    s.target = maturityFrom(q.value(7), q.value(8));
    s.link = q.value(9).toString();
    s.goLive = stored::readDate(q.value(10));
    s.status = ProgrammeTerms::serviceStatus(q.value(11).toString()).value_or(ServiceStatus::Open);
    s.rowVersion = q.value(12).toLongLong();
    s.catalogue = readEntry(q, 13);
    return s;
}

QJsonObject maturityJson(Maturity m)
{
    return QJsonObject{{QStringLiteral("model"), ProgrammeTerms::key(m.model)}, {QStringLiteral("level"), m.level}};
}

} // namespace

Status OzgServices::mayEdit(const Actor &actor, DepartmentId department) const
{
    if (actor.hasRole(Role::ProgrammeManager))
        return {};
    if (actor.hasRole(Role::DigitalisationOfficer) && actor.departments().contains(department))
        return {};
    return Error::denied(tr("%1 may not maintain the OZG services of this department: that needs the programme "
                            "manager, or the digitalisation officer of the department.")
                             .arg(actor.signature()));
}

Status OzgServices::requireEdit(const Actor &actor, DepartmentId department) const
{
    // mayEdit also tells the page whether to offer a change; only a change tried is audited.
    if (Status s = mayEdit(actor, department); !s)
        return AccessService(m_db).refused(actor, QStringLiteral("department"), QString::number(department.value),
                                           QStringLiteral("maintain OZG services"), s.error());
    return {};
}

Status OzgServices::check(const ServiceDraft &draft) const
{
    if (auto e = catalogueEntry(draft.catalogueEntry); !e)
        return e.error();
    auto dept = m_db.scalar(QStringLiteral("SELECT id FROM departments WHERE id = ?"), {draft.department.value});
    if (!dept)
        return dept.error();
    if (!dept->isValid())
        return Error::invalid(
            tr("A service needs a responsible department; number %1 is none.").arg(draft.department.value));
    if (draft.subProject) {
        auto sp = m_db.scalar(QStringLiteral("SELECT id FROM subprojects WHERE id = ?"), {draft.subProject->value});
        if (!sp)
            return sp.error();
        if (!sp->isValid())
            return Error::invalid(
                tr("There is no sub-project number %1 to link the service to.").arg(draft.subProject->value));
    }
    for (const Maturity &m : {draft.now, draft.target}) {
        const int max = ProgrammeTerms::maxLevel(m.model);
        if (m.level < 0 || m.level > max)
            return Error::invalid(tr("The maturity level %1 does not exist in model %2: its levels are 0 to %3.")
                                      .arg(m.level)
                                      .arg(ProgrammeTerms::key(m.model))
                                      .arg(max));
    }
    if (!draft.link.trimmed().isEmpty()) {
        const QUrl url(draft.link.trimmed(), QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")) ||
            url.host().isEmpty() || draft.link.size() > 2000)
            return Error::invalid(
                tr("The online service link \"%1\" is not an http or https address.").arg(draft.link));
    }
    return {};
}

Result<DistrictServiceId> OzgServices::offer(const Actor &actor, const ServiceDraft &draft)
{
    if (Status s = requireEdit(actor, draft.department); !s)
        return s.error();
    if (Status s = check(draft); !s)
        return s.error();
    const QDate today = m_db.clock().today();
    const QDate since = draft.since.isValid() ? draft.since : today;
    if (since > today)
        return Error::invalid(tr("The first maturity step of a service cannot be dated in the future (%1); today is %2.")
                                  .arg(since.toString(Qt::ISODate), today.toString(Qt::ISODate)));
    auto taken =
        m_db.scalar(QStringLiteral("SELECT id FROM district_services WHERE catalogue_id = ?"), {draft.catalogueEntry});
    if (!taken)
        return taken.error();
    if (taken->isValid())
        return Error::conflict(
            tr("The district offers this catalogue service already (service number %1).").arg(taken->toLongLong()));
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    const QString now = toStoredTimestamp(m_db.clock().nowUtc());
    auto insert = m_db.exec(
        QStringLiteral("INSERT INTO district_services(catalogue_id, department_id, subproject_id, model, level, "
                       "target_model, target_level, link, go_live, status, updated_at) VALUES(?,?,?,?,?,?,?,?,?,?,?)"),
        {draft.catalogueEntry, draft.department.value,
         draft.subProject ? QVariant(draft.subProject->value) : QVariant(), ProgrammeTerms::key(draft.now.model),
         draft.now.level, ProgrammeTerms::key(draft.target.model), draft.target.level, stored::text(draft.link.trimmed()),
         stored::date(draft.goLive), ProgrammeTerms::key(draft.status), now});
    if (!insert)
        return insert.error();
    const DistrictServiceId id(insert->lastInsertId().toLongLong());
    if (auto h =
            m_db.exec(QStringLiteral("INSERT INTO maturity_history(service_id, changed_on, model, level, actor_id, "
                                     "recorded_at, comment) VALUES(?,?,?,?,?,?,'')"),
                      {id.value, since.toString(Qt::ISODate), ProgrammeTerms::key(draft.now.model),
                       draft.now.level, actor.userId.value, now});
        !h)
        return h.error();
    if (auto a = AuditLog(m_db).append(actor.record(
            QStringLiteral("ozg.service_offered"), QStringLiteral("district_service"), QString::number(id.value),
            QJsonObject{{QStringLiteral("catalogue"), draft.catalogueEntry},
                        {QStringLiteral("department"), draft.department.value},
                        {QStringLiteral("maturity"), maturityJson(draft.now)},
                        {QStringLiteral("target"), maturityJson(draft.target)}}));
        !a)
        return a.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

namespace {

// A step is dated on or before today, and not before the newest step recorded, so that the
// history stays in the order it happened.
Status checkChangeDate(const Database &db, DistrictServiceId id, QDate day, QDate today)
{
    if (day > today)
        return Error::invalid(
            OzgServices::tr("A maturity change cannot be dated %1, after today.").arg(day.toString(Qt::ISODate)));
    auto last =
        db.scalar(QStringLiteral("SELECT max(changed_on) FROM maturity_history WHERE service_id = ?"), {id.value});
    if (!last)
        return last.error();
    const QDate newest = stored::readDate(*last);
    if (newest.isValid() && day < newest)
        return Error::invalid(
            OzgServices::tr("A maturity change cannot be dated %1, before the last recorded step of %2.")
                .arg(day.toString(Qt::ISODate), newest.toString(Qt::ISODate)));
    return {};
}

} // namespace

Status OzgServices::update(const Actor &actor, DistrictServiceId id, const ServiceDraft &draft,
                           qint64 expectedRowVersion, QDate changedOn, const QString &comment)
{
    auto old = service(id);
    if (!old)
        return old.error();
    if (Status s = requireEdit(actor, old->department); !s)
        return s;
    if (draft.department != old->department)
        if (Status s = requireEdit(actor, draft.department); !s)
            return s;
    if (Status s = check(draft); !s)
        return s;
    const QDate today = m_db.clock().today();
    const QDate day = changedOn.isValid() ? changedOn : today;
    if (draft.now != old->now)
        if (Status s = checkChangeDate(m_db, id, day, today); !s)
            return s;
    if (old->rowVersion != expectedRowVersion)
        return Error::conflict(tr("The service \"%1\" was changed by someone else meanwhile; reload it and enter the "
                                  "change again.")
                                   .arg(old->catalogue.leikaName));
    if (draft.catalogueEntry != old->catalogue.id) {
        auto taken = m_db.scalar(QStringLiteral("SELECT id FROM district_services WHERE catalogue_id = ? AND id <> ?"),
                                 {draft.catalogueEntry, id.value});
        if (!taken)
            return taken.error();
        if (taken->isValid())
            return Error::conflict(
                tr("The district offers this catalogue service already (service number %1).").arg(taken->toLongLong()));
    }
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    const QString now = toStoredTimestamp(m_db.clock().nowUtc());
    auto u = m_db.exec(
        QStringLiteral(
            "UPDATE district_services SET catalogue_id = ?, department_id = ?, subproject_id = ?, model = ?, "
            "level = ?, target_model = ?, target_level = ?, link = ?, go_live = ?, status = ?, "
            "row_version = row_version + 1, updated_at = ? WHERE id = ? AND row_version = ?"),
        {draft.catalogueEntry, draft.department.value,
         draft.subProject ? QVariant(draft.subProject->value) : QVariant(), ProgrammeTerms::key(draft.now.model),
         draft.now.level, ProgrammeTerms::key(draft.target.model), draft.target.level, stored::text(draft.link.trimmed()),
         stored::date(draft.goLive), ProgrammeTerms::key(draft.status), now, id.value, expectedRowVersion});
    if (!u)
        return u.error();
    if (u->numRowsAffected() != 1)
        return Error::conflict(tr("The service \"%1\" was changed by someone else meanwhile; reload it and enter the "
                                  "change again.")
                                   .arg(old->catalogue.leikaName));
    QJsonObject details{{QStringLiteral("department"), draft.department.value},
                        {QStringLiteral("status"), ProgrammeTerms::key(draft.status)},
                        {QStringLiteral("target"), maturityJson(draft.target)}};
    if (draft.now != old->now) {
        if (auto h = m_db.exec(QStringLiteral("INSERT INTO maturity_history(service_id, changed_on, model, level, "
                                              "actor_id, recorded_at, comment) VALUES(?,?,?,?,?,?,?)"),
                               {id.value, day.toString(Qt::ISODate), ProgrammeTerms::key(draft.now.model),
                                draft.now.level, actor.userId.value, now, stored::text(comment.trimmed())});
            !h)
            return h.error();
        details.insert(QStringLiteral("maturity"), QJsonObject{{QStringLiteral("old"), maturityJson(old->now)},
                                                               {QStringLiteral("new"), maturityJson(draft.now)},
                                                               {QStringLiteral("on"), day.toString(Qt::ISODate)}});
    }
    if (auto a = AuditLog(m_db).append(actor.record(QStringLiteral("ozg.service_changed"),
                                                    QStringLiteral("district_service"), QString::number(id.value),
                                                    details, comment.trimmed()));
        !a)
        return a.error();
    return tx.commit();
}

Status OzgServices::setMaturity(const Actor &actor, DistrictServiceId id, Maturity maturity, QDate changedOn,
                                const QString &comment)
{
    auto old = service(id);
    if (!old)
        return old.error();
    if (Status s = requireEdit(actor, old->department); !s)
        return s;
    const int max = ProgrammeTerms::maxLevel(maturity.model);
    if (maturity.level < 0 || maturity.level > max)
        return Error::invalid(tr("The maturity level %1 does not exist in model %2: its levels are 0 to %3.")
                                  .arg(maturity.level)
                                  .arg(ProgrammeTerms::key(maturity.model))
                                  .arg(max));
    const QDate today = m_db.clock().today();
    const QDate day = changedOn.isValid() ? changedOn : today;
    if (maturity == old->now)
        return {};
    if (Status s = checkChangeDate(m_db, id, day, today); !s)
        return s;
    // Reaching the target (in the same model) completes the service. A service that is done has
    // gone online: where no go-live date was entered, the day of the change becomes it, if the
    // level is at least 3 - in model 1.1 the first level at which the whole procedure is online
    // (what the OZG counts as implemented), and in 2.0 likewise the first fully digital level.
    ServiceStatus status = old->status;
    QDate goLive = old->goLive;
    if (maturity.model == old->target.model && maturity.level >= old->target.level) {
        status = ServiceStatus::Done;
        if (!goLive.isValid() && maturity.level >= 3)
            goLive = day;
    }
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    const QString now = toStoredTimestamp(m_db.clock().nowUtc());
    if (auto u = m_db.exec(QStringLiteral("UPDATE district_services SET model = ?, level = ?, status = ?, go_live = ?, "
                                          "row_version = row_version + 1, updated_at = ? WHERE id = ?"),
                           {ProgrammeTerms::key(maturity.model), maturity.level, ProgrammeTerms::key(status),
                            stored::date(goLive), now, id.value});
        !u)
        return u.error();
    if (auto h =
            m_db.exec(QStringLiteral("INSERT INTO maturity_history(service_id, changed_on, model, level, actor_id, "
                                     "recorded_at, comment) VALUES(?,?,?,?,?,?,?)"),
                      {id.value, day.toString(Qt::ISODate), ProgrammeTerms::key(maturity.model), maturity.level,
                       actor.userId.value, now, stored::text(comment.trimmed())});
        !h)
        return h.error();
    QJsonObject details{{QStringLiteral("old"), maturityJson(old->now)},
                        {QStringLiteral("new"), maturityJson(maturity)},
                        {QStringLiteral("on"), day.toString(Qt::ISODate)}};
    if (status != old->status)
        details.insert(QStringLiteral("status"), ProgrammeTerms::key(status));
    if (auto a = AuditLog(m_db).append(actor.record(QStringLiteral("ozg.maturity_changed"),
                                                    QStringLiteral("district_service"), QString::number(id.value),
                                                    details, comment.trimmed()));
        !a)
        return a.error();
    return tx.commit();
}

Result<QList<DistrictService>> OzgServices::query(const QString &where, const QVariantList &params) const
{
    auto q = m_db.exec(kServiceSelect + where + QStringLiteral(" ORDER BY c.leika_name, s.id"), params);
    if (!q)
        return q.error();
    QList<DistrictService> result;
    while (q->next())
        result << readService(*q);
    return result;
}

Result<DistrictService> OzgServices::service(DistrictServiceId id) const
{
    auto list = query(QStringLiteral("WHERE s.id = ?"), {id.value});
    if (!list)
        return list.error();
    if (list->isEmpty())
        return Error::notFound(tr("There is no offered service number %1.").arg(id.value));
    return list->first();
}

Result<QList<DistrictService>> OzgServices::services(const ServiceFilter &filter) const
{
    QStringList conditions;
    QVariantList params;
    if (filter.department.isValid()) {
        conditions << QStringLiteral("s.department_id = ?");
        params << filter.department.value;
    }
    if (filter.status) {
        conditions << QStringLiteral("s.status = ?");
        params << ProgrammeTerms::key(*filter.status);
    }
    const QString t = filter.text.simplified();
    if (!t.isEmpty()) {
        conditions << QStringLiteral("(c.leika_name LIKE ? ESCAPE '\\' OR c.ozg_name LIKE ? ESCAPE '\\' OR "
                                     "c.leika_key LIKE ? ESCAPE '\\' OR c.ozg_id LIKE ? ESCAPE '\\')");
        const QString p = likePattern(t);
        params << p << p << p << p;
    }
    return query(conditions.isEmpty() ? QString() : QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND ")),
                 params);
}

Result<QList<MaturityStep>> OzgServices::history(DistrictServiceId id) const
{
    auto q = m_db.exec(QStringLiteral("SELECT h.id, h.changed_on, h.model, h.level, u.display_name, h.comment "
                                      "FROM maturity_history h JOIN users u ON u.id = h.actor_id "
                                      "WHERE h.service_id = ? ORDER BY h.changed_on, h.id"),
                       {id.value});
    if (!q)
        return q.error();
    QList<MaturityStep> result;
    while (q->next()) {
        MaturityStep step;
        step.id = q->value(0).toLongLong();
        step.service = id;
        step.date = stored::readDate(q->value(1));
        step.maturity = maturityFrom(q->value(2), q->value(3));
        step.actorName = q->value(4).toString();
        step.comment = q->value(5).toString();
        result << step;
    }
    return result;
}

Result<QList<MaturityDistribution>> OzgServices::distribution(const QList<QDate> &days, DepartmentId department) const
{
    QString sql = QStringLiteral("SELECT h.service_id, h.changed_on, h.model, h.level FROM maturity_history h "
                                 "JOIN district_services s ON s.id = h.service_id ");
    QVariantList params;
    if (department.isValid()) {
        sql += QStringLiteral("WHERE s.department_id = ? ");
        params << department.value;
    }
    sql += QStringLiteral("ORDER BY h.service_id, h.changed_on, h.id");
    auto q = m_db.exec(sql, params);
    if (!q)
        return q.error();
    struct Step {
        QDate date;
        Maturity maturity;
    };
    QMap<qint64, QList<Step>> steps; // per service, oldest first
    QSet<MaturityModel> models;
    while (q->next()) {
        const Step s{stored::readDate(q->value(1)), maturityFrom(q->value(2), q->value(3))};
        steps[q->value(0).toLongLong()] << s;
        models.insert(s.maturity.model);
    }
    QList<MaturityModel> inUse;
    for (MaturityModel m : {MaturityModel::V1_1, MaturityModel::V2_0})
        if (models.contains(m))
            inUse << m;
    QList<MaturityDistribution> result;
    for (QDate day : days) {
        for (MaturityModel model : std::as_const(inUse)) {
            MaturityDistribution d;
            d.date = day;
            d.model = model;
            d.countPerLevel = QList<int>(ProgrammeTerms::maxLevel(model) + 1, 0);
            for (const QList<Step> &list : std::as_const(steps)) {
                const Step *newest = nullptr;
                for (const Step &s : list)
                    if (s.date <= day)
                        newest = &s;
                if (newest && newest->maturity.model == model && newest->maturity.level < d.countPerLevel.size())
                    ++d.countPerLevel[newest->maturity.level];
            }
            result << d;
        }
    }
    return result;
}

} // namespace amtsdesk
