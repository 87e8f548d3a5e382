#pragma once

#include "common/ids.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace amtsdesk {

using PlanUnitId = Id<struct PlanUnitTag>;
using FileId = Id<struct FileTag>;
using CaseId = Id<struct CaseTag>;
using DocumentId = Id<struct DocumentTag>;
using VersionId = Id<struct VersionTag>;

// Vertraulichkeitsstufe. Amtsdesk holds records up to VS-NfD; higher levels belong in
// approved systems and are refused.
enum class Confidentiality { Open, Restricted /* VS-NfD */ };

// An Aktenplaneinheit. retentionYears empty: kept for ever.
struct PlanUnit {
    PlanUnitId id;
    QString key;
    QString title;
    PlanUnitId parent;
    QString parentKey;
    DepartmentId department;
    QString departmentCode;
    std::optional<int> retentionYears;
    bool active = true;
};

// An Akte.
struct EFile {
    FileId id;
    PlanUnitId planUnit;
    QString planKey;
    QString referenceNumber;
    QString subject;
    DepartmentId leadDepartment;
    QString departmentCode;
    Confidentiality confidentiality = Confidentiality::Open;
    std::optional<int> retentionYears;
    QDateTime closedAt;   // invalid while open
    QDate retentionUntil; // set when closed (and the period is not unlimited)
    QDateTime createdAt;
    bool isClosed() const { return closedAt.isValid(); }
};

// A Vorgang.
struct Case {
    CaseId id;
    FileId file;
    QString referenceNumber; // of the file
    int number = 0;
    QString subject;
    QString state;           // workflow state key
    QString stateLabel;
    bool closed = false;
    QDateTime createdAt;
};

enum class Direction { Incoming, Outgoing, Internal };

struct DocumentVersion {
    VersionId id;
    int version = 0;
    QString blobHash;
    QString fileName;
    QString mimeType;
    qint64 size = 0;
    std::optional<int> pageCount;
    QString textStatus; // pending, indexed, no_text, encrypted, unreadable
    QString textNote;
    QDateTime createdAt;
    QString createdBy;
};

struct Document {
    DocumentId id;
    CaseId caseId;
    QString title;
    Direction direction = Direction::Incoming;
    QDate documentDate;
    QString sender;
    QString recipients;
    QDateTime createdAt;
    DocumentVersion current;
};

} // namespace amtsdesk
