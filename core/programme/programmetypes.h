#pragma once

#include "common/decimal.h"
#include "common/ids.h"
#include "efile/efiletypes.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace amtsdesk {

using SubProjectId = Id<struct SubProjectTag>;
using MilestoneId = Id<struct MilestoneTag>;
using DistrictServiceId = Id<struct DistrictServiceTag>;
using StaffId = Id<struct StaffTag>;
using CourseId = Id<struct CourseTag>;
using CourseSessionId = Id<struct CourseSessionTag>;
using IdeaId = Id<struct IdeaTag>;

// The traffic light of a sub-project (OpenProject: on track / at risk / off track).
enum class TrafficLight { None, Green, Amber, Red };

// Programmbereiche.
enum class ProgrammeArea { EFile, EInvoice, Ozg, Process, Training, Infrastructure, Other };

// Umsetzungsstand of an OZG service in the district.
enum class ServiceStatus { Open, Planning, InProgress, Done };

// OZG-Reifegradmodell: 1.1 has levels 0–4, 2.0 has levels 0–7.
enum class MaturityModel { V1_1, V2_0 };

enum class CourseKind {
    EFileTraining,
    EInvoiceTraining,
    DigitalTraining,
    LightningTalk,
    Consultation,
    CitizenWorkshop,
    Workshop
};

enum class IdeaSource { Consultation, InnovationTeam, StaffWorkshop, CitizenWorkshop, LightningTalk, Other };

enum class IdeaStatus { New, Review, Adopted, Declined };

// Stable keys (as stored) and names for people, for every enumeration above.
class ProgrammeTerms {
    Q_DECLARE_TR_FUNCTIONS(ProgrammeTerms)

public:
    static QString key(TrafficLight v);
    static QString key(ProgrammeArea v);
    static QString key(ServiceStatus v);
    static QString key(MaturityModel v); // "1.1", "2.0"
    static QString key(CourseKind v);
    static QString key(IdeaSource v);
    static QString key(IdeaStatus v);

    static QString name(TrafficLight v);
    static QString name(ProgrammeArea v);
    static QString name(ServiceStatus v);
    static QString name(MaturityModel v);
    static QString name(CourseKind v);
    static QString name(IdeaSource v);
    static QString name(IdeaStatus v);

    // From a stored key; std::nullopt for an unknown key.
    static std::optional<TrafficLight> trafficLight(const QString &key);
    static std::optional<ProgrammeArea> area(const QString &key);
    static std::optional<ServiceStatus> serviceStatus(const QString &key);
    static std::optional<MaturityModel> maturityModel(const QString &key);
    static std::optional<CourseKind> courseKind(const QString &key);
    static std::optional<IdeaSource> ideaSource(const QString &key);
    static std::optional<IdeaStatus> ideaStatus(const QString &key);

    static QList<TrafficLight> trafficLights();
    static QList<ProgrammeArea> areas();
    static QList<ServiceStatus> serviceStatuses();
    static QList<CourseKind> courseKinds();
    static QList<IdeaSource> ideaSources();

    // The highest level of a model: 4 for 1.1, 7 for 2.0.
    static int maxLevel(MaturityModel model);
};

struct SubProject {
    SubProjectId id;
    QString code; // e.g. "TP-07"
    QString title;
    ProgrammeArea area = ProgrammeArea::Other;
    QString description;
    UserId lead;
    QString leadName;
    DepartmentId department; // sponsoring (federführend)
    QString departmentCode;
    QList<DepartmentId> participating;
    QStringList participatingCodes;
    QList<SubProjectId> dependsOn;
    QStringList dependsOnCodes;
    TrafficLight trafficLight = TrafficLight::None;
    QString trafficReason;
    int progress = 0; // per cent
    QDate plannedStart, plannedEnd, forecastStart, forecastEnd;
    Decimal budgetPlanned, budgetSpent;
    QString risks;
    FileId file; // the e-file (Akte) where its documents live; invalid when none
    QString fileReference;
    std::optional<IdeaId> idea; // the suggestion it came from
    QString phase;              // workflow state key
    QString phaseLabel;
    WorkflowItemId workflowItem;
    qint64 rowVersion = 0;
    QDateTime updatedAt;
};

struct Milestone {
    MilestoneId id;
    SubProjectId subProject;
    QString subProjectCode;
    QString title;
    QDate due;
    QDate done; // invalid while open
    QDate created; // the day it was set (local time)
    bool isOverdue(QDate today) const { return !done.isValid() && due < today; }
};

struct StatusReport {
    qint64 id = 0;
    SubProjectId subProject;
    QString subProjectCode;
    QDate date;
    TrafficLight trafficLight = TrafficLight::None;
    int progress = 0;
    QString text;
    UserId author;
    QString authorName; // "Anna Becker", or "… i.V. …" for a deputy
    QDateTime createdAt;
};

struct CatalogueEntry {
    qint64 id = 0;
    QString leikaKey; // empty where the service has none
    QString leikaName;
    QString leikaType;
    QString ozgId;
    QString ozgName;
    QString lifeSituation;
    QString topic;
};

struct Maturity {
    MaturityModel model = MaturityModel::V2_0;
    int level = 0;
    friend bool operator==(const Maturity &, const Maturity &) = default;
};

struct DistrictService {
    DistrictServiceId id;
    CatalogueEntry catalogue;
    DepartmentId department;
    QString departmentCode;
    std::optional<SubProjectId> subProject;
    QString subProjectCode;
    Maturity now;
    Maturity target;
    QString link; // the online service
    QDate goLive;
    ServiceStatus status = ServiceStatus::Open;
    qint64 rowVersion = 0;
};

struct MaturityStep {
    qint64 id = 0;
    DistrictServiceId service;
    QDate date;
    Maturity maturity;
    QString actorName;
    QString comment;
};

struct StaffMember {
    StaffId id;
    QString name;
    DepartmentId department;
    QString departmentCode;
    QString position;
    QString email;
    std::optional<UserId> user; // when they use Amtsdesk
    bool active = true;
};

struct Course {
    CourseId id;
    QString code;
    QString title;
    CourseKind kind = CourseKind::Workshop;
    QString description;
};

struct CourseSession {
    CourseSessionId id;
    CourseId course;
    QString courseCode;
    QDate date;
    QString place;
    QString trainer;
    std::optional<int> capacity;
    int attendees = 0;
};

// A Pflichtschulung: a course required of a department's staff or of a role's holders.
struct CourseRequirement {
    qint64 id = 0;
    CourseId course;
    QString courseCode;
    DepartmentId department; // invalid when the requirement is by role
    QString departmentCode;
    QString role; // role key, empty when by department
};

// Schulungsquote: of a department's active staff who must take a course, how many have.
struct TrainingCoverage {
    DepartmentId department;
    QString departmentCode;
    QString departmentName;
    CourseId course;
    QString courseCode;
    QString courseTitle;
    int required = 0;
    int trained = 0;
    double share() const { return required > 0 ? double(trained) / required : 1.0; }
};

struct Idea {
    IdeaId id;
    QString title;
    QString description;
    QString submittedBy;
    QDate submittedOn;
    IdeaSource source = IdeaSource::Other;
    DepartmentId department; // may be invalid (a citizen's idea for the whole district)
    QString departmentCode;
    IdeaStatus status = IdeaStatus::New;
    QString decisionReason;
    QString decidedByName;
    std::optional<SubProjectId> subProject; // the sub-project it became
    QString subProjectCode;
};

} // namespace amtsdesk
