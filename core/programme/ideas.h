#pragma once

#include "access/actor.h"
#include "common/result.h"
#include "programme/programmetypes.h"
#include "programme/subprojects.h"

#include <QCoreApplication>

namespace amtsdesk {

class Database;

struct NewIdea {
    QString title;
    QString description;
    QString submittedBy;
    QDate submittedOn; // today when invalid
    IdeaSource source = IdeaSource::Other;
    DepartmentId department; // may stay invalid
};

// Ideenregister: suggestions from consultation hours, the innovation team, staff and citizens'
// workshops. Anyone may record one; the programme manager, or a digitalisation officer of the
// idea's department, moves it to review, declines it (with a reason) or adopts it, and an
// adopted idea can become a sub-project that remembers where it came from.
class Ideas {
    Q_DECLARE_TR_FUNCTIONS(Ideas)

public:
    explicit Ideas(Database &db) : m_db(db) {}

    Result<IdeaId> record(const Actor &actor, const NewIdea &idea);
    // To Review, Adopted or Declined (reason required); back from Declined to Review is allowed.
    Status decide(const Actor &actor, IdeaId id, IdeaStatus status, const QString &reason = {});
    // Adopts the idea (if not yet) and creates the sub-project that carries it on.
    Result<SubProjectId> turnIntoSubProject(const Actor &actor, IdeaId id, const SubProjectDraft &draft);

    Result<Idea> idea(IdeaId id) const;
    // Newest first; status empty: all.
    Result<QList<Idea>> list(std::optional<IdeaStatus> status = {}) const;

private:
    Status mayDecide(const Actor &actor, const Idea &idea) const;
    Database &m_db;
};

} // namespace amtsdesk
