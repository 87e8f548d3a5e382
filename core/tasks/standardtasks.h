#pragma once

#include "workflow/tasklist.h"

namespace amtsdesk {

// Meine Aufgaben with every source Amtsdesk has: workflow steps of all item types and due
// resubmissions. New item types register here.
TaskList standardTaskList(Database &db);

} // namespace amtsdesk
