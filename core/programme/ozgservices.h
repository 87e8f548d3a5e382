#pragma once

#include "access/actor.h"
#include "common/result.h"
#include "programme/programmetypes.h"

#include <QCoreApplication>

namespace amtsdesk {

class Database;

// What an import of the OZG / LeiKa catalogue did. Rows that do not fit are listed with their
// line number and what is wrong, never dropped silently.
struct CatalogueImport {
    struct Rejected {
        int line = 0;
        QString reason;
    };
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    QList<Rejected> rejected;
};

struct ServiceDraft {
    qint64 catalogueEntry = 0;
    DepartmentId department; // responsible
    std::optional<SubProjectId> subProject;
    Maturity now;
    Maturity target{MaturityModel::V2_0, 3};
    QString link; // http(s) only
    QDate goLive;
    ServiceStatus status = ServiceStatus::Open;
    QDate since; // offer(): the day of the first maturity step; today when invalid, never in the future
};

struct ServiceFilter {
    DepartmentId department; // invalid: all
    std::optional<ServiceStatus> status;
    QString text; // in LeiKa or OZG name, LeiKa key or OZG id
};

// One bar of the maturity chart: how many services stood at each level of a model on a day.
struct MaturityDistribution {
    QDate date;
    MaturityModel model = MaturityModel::V2_0;
    QList<int> countPerLevel; // index = level, 0 … maxLevel
};

// The OZG catalogue (Leistungskatalog: LeiKa keys under OZG services) and the services the
// district offers from it, with their maturity now and as a target, and the history of every
// maturity change. Everyone may read. The programme manager or an administrator imports the
// catalogue; the programme manager maintains every offered service, a digitalisation officer
// those of their departments.
class OzgServices {
    Q_DECLARE_TR_FUNCTIONS(OzgServices)

public:
    explicit OzgServices(Database &db) : m_db(db) {}

    // CSV with the header leika_key,leika_name,leika_type,ozg_id,ozg_name,life_situation,topic
    // (comma or semicolon, UTF-8). A row is identified by LeiKa key and OZG id, or by LeiKa name
    // and OZG id where the key is missing ("nicht im LeiKa"); a re-import updates those rows and
    // adds none twice. One transaction: on an error nothing is imported.
    Result<CatalogueImport> importCatalogue(const Actor &actor, const QByteArray &csv, const QString &sourceName);
    Result<CatalogueImport> importCatalogueFile(const Actor &actor, const QString &path);
    Result<int> catalogueSize() const;
    Result<QList<CatalogueEntry>> findInCatalogue(const QString &text, int limit = 50) const;
    Result<CatalogueEntry> catalogueEntry(qint64 id) const;
    // By LeiKa key, or by OZG id where several entries share it the first by LeiKa key.
    Result<CatalogueEntry> catalogueEntryByKey(const QString &leikaKeyOrOzgId) const;

    // Offers a catalogue entry in the district; the first maturity step is recorded.
    Result<DistrictServiceId> offer(const Actor &actor, const ServiceDraft &draft);
    // Replaces what was entered; a changed maturity is recorded as a step on the day given
    // (today when invalid).
    Status update(const Actor &actor, DistrictServiceId id, const ServiceDraft &draft, qint64 expectedRowVersion,
                  QDate changedOn = {}, const QString &comment = {});
    // Only the level now (and the status "done" once the target is reached).
    Status setMaturity(const Actor &actor, DistrictServiceId id, Maturity maturity, QDate changedOn = {},
                       const QString &comment = {});
    Status mayEdit(const Actor &actor, DepartmentId department) const;
    // mayEdit for a change about to be made: a refusal is audited.
    Status requireEdit(const Actor &actor, DepartmentId department) const;

    Result<DistrictService> service(DistrictServiceId id) const;
    Result<QList<DistrictService>> services(const ServiceFilter &filter = {}) const;
    // Oldest first.
    Result<QList<MaturityStep>> history(DistrictServiceId id) const;
    // For each day given, how many of the offered services (of the department, if valid) stood
    // at each level then, per model.
    Result<QList<MaturityDistribution>> distribution(const QList<QDate> &days, DepartmentId department = {}) const;

private:
    Status check(const ServiceDraft &draft) const;
    Result<QList<DistrictService>> query(const QString &where, const QVariantList &params) const;
    Database &m_db;
};

} // namespace amtsdesk
