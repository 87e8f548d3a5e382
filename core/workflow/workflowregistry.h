#pragma once

#include "access/actor.h"
#include "workflow/workflowdefinition.h"

#include <QCoreApplication>
#include <QMap>

namespace amtsdesk {

class Database;

// Which workflow definitions exist: the ones built into the program (resources/workflows)
// and the ones an administrator installed from a file, by key and version. Items keep the
// version they started under, so every version stays available.
class WorkflowRegistry {
    Q_DECLARE_TR_FUNCTIONS(WorkflowRegistry)

public:
    explicit WorkflowRegistry(Database &db) : m_db(db) {}

    static QStringList builtinKeys();
    static Result<WorkflowDefinition> builtin(const QString &key);

    // The newest version of a workflow: installed or built-in.
    Result<WorkflowDefinition> current(const QString &key) const;
    Result<WorkflowDefinition> version(const QString &key, int version) const;
    // Every workflow by key, newest versions.
    Result<QList<WorkflowDefinition>> all() const;
    // Every version of every workflow (built in and installed): what items can be under,
    // without reading the items.
    Result<QList<WorkflowDefinition>> versions() const;

    // Checks the definition and installs it as the new version of its workflow; a broken one
    // is refused and the one in force stays. Only administrators and process managers.
    Result<WorkflowDefinition> install(const Actor &actor, const QByteArray &json, const QString &source);

private:
    Database &m_db;
};

} // namespace amtsdesk
