#include "programme/programmetypes.h"

namespace amtsdesk {

namespace {

// One table per enumeration: value, stored key (as the CHECK constraints of schema 6 spell it).
template <typename E> struct KeyOf {
    E value;
    const char *key;
};

constexpr KeyOf<TrafficLight> kTrafficLights[] = {{TrafficLight::None, "none"},
                                                  {TrafficLight::Green, "green"},
                                                  {TrafficLight::Amber, "amber"},
                                                  {TrafficLight::Red, "red"}};

constexpr KeyOf<ProgrammeArea> kAreas[] = {
    {ProgrammeArea::EFile, "efile"},       {ProgrammeArea::EInvoice, "einvoice"},
    {ProgrammeArea::Ozg, "ozg"},           {ProgrammeArea::Process, "process"},
    {ProgrammeArea::Training, "training"}, {ProgrammeArea::Infrastructure, "infrastructure"},
    {ProgrammeArea::Other, "other"}};

constexpr KeyOf<ServiceStatus> kServiceStatuses[] = {{ServiceStatus::Open, "open"},
                                                     {ServiceStatus::Planning, "planning"},
                                                     {ServiceStatus::InProgress, "in_progress"},
                                                     {ServiceStatus::Done, "done"}};

constexpr KeyOf<MaturityModel> kModels[] = {{MaturityModel::V1_1, "1.1"}, {MaturityModel::V2_0, "2.0"}};

constexpr KeyOf<CourseKind> kCourseKinds[] = {{CourseKind::EFileTraining, "efile_training"},
                                              {CourseKind::EInvoiceTraining, "einvoice_training"},
                                              {CourseKind::DigitalTraining, "digital_training"},
                                              {CourseKind::LightningTalk, "lightning_talk"},
                                              {CourseKind::Consultation, "consultation"},
                                              {CourseKind::CitizenWorkshop, "citizen_workshop"},
                                              {CourseKind::Workshop, "workshop"}};

constexpr KeyOf<IdeaSource> kIdeaSources[] = {
    {IdeaSource::Consultation, "consultation"},    {IdeaSource::InnovationTeam, "innovation_team"},
    {IdeaSource::StaffWorkshop, "staff_workshop"}, {IdeaSource::CitizenWorkshop, "citizen_workshop"},
    {IdeaSource::LightningTalk, "lightning_talk"}, {IdeaSource::Other, "other"}};

constexpr KeyOf<IdeaStatus> kIdeaStatuses[] = {{IdeaStatus::New, "new"},
                                               {IdeaStatus::Review, "review"},
                                               {IdeaStatus::Adopted, "adopted"},
                                               {IdeaStatus::Declined, "declined"}};

template <typename E, size_t N> QString keyIn(const KeyOf<E> (&table)[N], E value)
{
    for (const auto &entry : table) {
        if (entry.value == value)
            return QString::fromLatin1(entry.key);
    }
    return {};
}

template <typename E, size_t N> std::optional<E> valueIn(const KeyOf<E> (&table)[N], const QString &key)
{
    for (const auto &entry : table) {
        if (key == QLatin1String(entry.key))
            return entry.value;
    }
    return std::nullopt;
}

template <typename E, size_t N> QList<E> valuesIn(const KeyOf<E> (&table)[N])
{
    QList<E> result;
    for (const auto &entry : table)
        result << entry.value;
    return result;
}

} // namespace

QString ProgrammeTerms::key(TrafficLight v)
{
    return keyIn(kTrafficLights, v);
}
QString ProgrammeTerms::key(ProgrammeArea v)
{
    return keyIn(kAreas, v);
}
QString ProgrammeTerms::key(ServiceStatus v)
{
    return keyIn(kServiceStatuses, v);
}
QString ProgrammeTerms::key(MaturityModel v)
{
    return keyIn(kModels, v);
}
QString ProgrammeTerms::key(CourseKind v)
{
    return keyIn(kCourseKinds, v);
}
QString ProgrammeTerms::key(IdeaSource v)
{
    return keyIn(kIdeaSources, v);
}
QString ProgrammeTerms::key(IdeaStatus v)
{
    return keyIn(kIdeaStatuses, v);
}

QString ProgrammeTerms::name(TrafficLight v)
{
    switch (v) {
    case TrafficLight::None: return tr("Not set");
    case TrafficLight::Green: return tr("On track");
    case TrafficLight::Amber: return tr("At risk");
    case TrafficLight::Red: return tr("Off track");
    }
    return {};
}

QString ProgrammeTerms::name(ProgrammeArea v)
{
    switch (v) {
    case ProgrammeArea::EFile: return tr("E-File");
    case ProgrammeArea::EInvoice: return tr("E-Invoice");
    case ProgrammeArea::Ozg: return tr("OZG Services");
    case ProgrammeArea::Process: return tr("Process Management");
    case ProgrammeArea::Training: return tr("Training");
    case ProgrammeArea::Infrastructure: return tr("Infrastructure");
    case ProgrammeArea::Other: return tr("Other");
    }
    return {};
}

QString ProgrammeTerms::name(ServiceStatus v)
{
    switch (v) {
    case ServiceStatus::Open: return tr("Open");
    case ServiceStatus::Planning: return tr("Planning");
    case ServiceStatus::InProgress: return tr("In progress");
    case ServiceStatus::Done: return tr("Implemented");
    }
    return {};
}

QString ProgrammeTerms::name(MaturityModel v)
{
    switch (v) {
    case MaturityModel::V1_1: return tr("OZG maturity model 1.1");
    case MaturityModel::V2_0: return tr("OZG maturity model 2.0");
    }
    return {};
}

QString ProgrammeTerms::name(CourseKind v)
{
    switch (v) {
    case CourseKind::EFileTraining: return tr("E-file training");
    case CourseKind::EInvoiceTraining: return tr("E-invoice training");
    case CourseKind::DigitalTraining: return tr("Digitalisation training");
    case CourseKind::LightningTalk: return tr("Lightning talk");
    case CourseKind::Consultation: return tr("Consultation hours");
    case CourseKind::CitizenWorkshop: return tr("Citizens' workshop");
    case CourseKind::Workshop: return tr("Workshop");
    }
    return {};
}

QString ProgrammeTerms::name(IdeaSource v)
{
    switch (v) {
    case IdeaSource::Consultation: return tr("Consultation hours");
    case IdeaSource::InnovationTeam: return tr("Innovation team");
    case IdeaSource::StaffWorkshop: return tr("Staff workshop");
    case IdeaSource::CitizenWorkshop: return tr("Citizens' workshop");
    case IdeaSource::LightningTalk: return tr("Lightning talk");
    case IdeaSource::Other: return tr("Other");
    }
    return {};
}

QString ProgrammeTerms::name(IdeaStatus v)
{
    switch (v) {
    case IdeaStatus::New: return tr("New");
    case IdeaStatus::Review: return tr("Under review");
    case IdeaStatus::Adopted: return tr("Adopted");
    case IdeaStatus::Declined: return tr("Declined");
    }
    return {};
}

std::optional<TrafficLight> ProgrammeTerms::trafficLight(const QString &key)
{
    return valueIn(kTrafficLights, key);
}
std::optional<ProgrammeArea> ProgrammeTerms::area(const QString &key)
{
    return valueIn(kAreas, key);
}
std::optional<ServiceStatus> ProgrammeTerms::serviceStatus(const QString &key)
{
    return valueIn(kServiceStatuses, key);
}
std::optional<MaturityModel> ProgrammeTerms::maturityModel(const QString &key)
{
    return valueIn(kModels, key);
}
std::optional<CourseKind> ProgrammeTerms::courseKind(const QString &key)
{
    return valueIn(kCourseKinds, key);
}
std::optional<IdeaSource> ProgrammeTerms::ideaSource(const QString &key)
{
    return valueIn(kIdeaSources, key);
}
std::optional<IdeaStatus> ProgrammeTerms::ideaStatus(const QString &key)
{
    return valueIn(kIdeaStatuses, key);
}

QList<TrafficLight> ProgrammeTerms::trafficLights()
{
    return valuesIn(kTrafficLights);
}
QList<ProgrammeArea> ProgrammeTerms::areas()
{
    return valuesIn(kAreas);
}
QList<ServiceStatus> ProgrammeTerms::serviceStatuses()
{
    return valuesIn(kServiceStatuses);
}
QList<CourseKind> ProgrammeTerms::courseKinds()
{
    return valuesIn(kCourseKinds);
}
QList<IdeaSource> ProgrammeTerms::ideaSources()
{
    return valuesIn(kIdeaSources);
}

int ProgrammeTerms::maxLevel(MaturityModel model)
{
    return model == MaturityModel::V1_1 ? 4 : 7;
}

} // namespace amtsdesk
