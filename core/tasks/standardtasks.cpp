#include "tasks/standardtasks.h"

#include "invoice/inbox/invoicetasks.h"

#include "efile/resubmissions.h"

namespace amtsdesk {

TaskList standardTaskList(Database &db)
{
    TaskList list(db);
    // Before the general source: the first to list an item owns it (and its steps).
    list.addSource(std::make_shared<InvoiceTaskSource>(db));
    list.addSource(std::make_shared<WorkflowTaskSource>(db));
    list.addSource(std::make_shared<ResubmissionTaskSource>(db));
    return list;
}

} // namespace amtsdesk
