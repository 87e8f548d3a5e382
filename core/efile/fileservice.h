#pragma once

#include "access/actor.h"
#include "common/result.h"
#include "efile/efiletypes.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>

namespace amtsdesk {

class Database;

struct NewFile {
    QString planKey;
    QString subject;
    QString departmentCode;          // empty: the plan unit's department
    Confidentiality confidentiality = Confidentiality::Open;
    QString confidentialityText;     // as given by a person or an import; checked, higher levels refused
    std::optional<std::optional<int>> retentionYears; // unset: the plan unit's
};

// Files (Akten) and their cases (Vorgänge). Who may do what is decided here, not in the UI:
// the people of a file's lead department (and their deputies) read it; its clerks and
// signatories change it. VS-NfD files are read only by them too, and every view is audited.
class FileService {
    Q_DECLARE_TR_FUNCTIONS(FileService)

public:
    static inline const QString kDefaultTemplate = QStringLiteral("{oe}-{plan}-{nr:4}/{year}");

    explicit FileService(Database &db) : m_db(db) {}

    // Parses a Vertraulichkeitsstufe as a person writes it; Vertraulich and above are refused.
    static Result<Confidentiality> parseConfidentiality(const QString &text);
    static QString confidentialityLabel(Confidentiality level);
    // Renders an Aktenzeichen from its parts: {oe} {plan} {nr} {nr:4} (zero-padded) {year}.
    static QString renderReferenceNumber(const QString &pattern, const QString &departmentCode, const QString &planKey,
                                         int runningNumber, int year);

    Result<FileId> createFile(const Actor &actor, const NewFile &file);
    // Reads a file the actor may see; a VS-NfD file's view is audited.
    Result<EFile> file(const Actor &actor, FileId id) const;
    Result<EFile> fileByReference(const Actor &actor, const QString &referenceNumber) const;
    // The files the actor may see, optionally under one plan unit (keyset paging by id).
    Result<QList<EFile>> files(const Actor &actor, PlanUnitId planUnit = {}, FileId after = {}, int limit = 500) const;
    // The plan units that hold files the actor may see (one index seek per unit).
    Result<QSet<PlanUnitId>> unitsWithFiles(const Actor &actor) const;
    // Moves a file to another plan unit; it keeps its reference number and history.
    Status refile(const Actor &actor, FileId id, const QString &planKey);
    // zdA for the whole file: every case must be closed; starts the retention period, which
    // runs to the end of the year that many years after closing.
    Status closeFile(const Actor &actor, FileId id);

    Result<CaseId> createCase(const Actor &actor, FileId file, const QString &subject, QDate dueDate = {});
    Result<Case> caseById(const Actor &actor, CaseId id) const;
    Result<QList<Case>> cases(const Actor &actor, FileId file) const;

    // Whether the actor may read / change the file; the error says why not.
    Status mayRead(const Actor &actor, const EFile &file) const;
    Status mayChange(const Actor &actor, const EFile &file) const;
    // mayChange for a change about to be made: a refusal is audited (access.denied, attempted).
    Status requireChange(const Actor &actor, const EFile &file, const QString &attempted) const;
    // The file without any permission check or audit: for internal use by other e-file services.
    Result<EFile> loadFile(FileId id) const;
    // The cases without any permission check, in no particular order: for lists that checked.
    Result<QList<Case>> loadCases(const QList<CaseId> &ids) const;

private:
    // Cases with their file's reference number and their state (label in the item's workflow).
    Result<QList<Case>> readCases(const QString &condition, const QVariantList &params) const;

    Database &m_db;
};

QString directionKey(Direction direction);
std::optional<Direction> directionFromKey(const QString &key);

} // namespace amtsdesk
