#include "tasks/standardtasks.h"

#include "invoice/inbox/invoiceinbox.h"
#include "invoice/inbox/invoicetasks.h"

#include "efile/resubmissions.h"
#include "programme/milestonetasksource.h"

namespace amtsdesk {

TaskList standardTaskList(Database &db)
{
    TaskList list(db);
    list.addSource(std::make_shared<InvoiceTaskSource>(db));
    list.addSource(std::make_shared<WorkflowTaskSource>(db, QString(), QStringList{InvoiceInbox::kItemType}));
    list.addSource(std::make_shared<ResubmissionTaskSource>(db));
    list.addSource(std::make_shared<MilestoneTaskSource>(db));
    return list;
}

} // namespace amtsdesk
