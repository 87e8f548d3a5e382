#include "tasks/standardtasks.h"

#include "efile/resubmissions.h"

namespace amtsdesk {

TaskList standardTaskList(Database &db)
{
    TaskList list(db);
    list.addSource(std::make_shared<WorkflowTaskSource>(db));
    list.addSource(std::make_shared<ResubmissionTaskSource>(db));
    return list;
}

} // namespace amtsdesk
