#pragma once

#include "common/ids.h"

#include <functional>

class QComboBox;

namespace amtsdesk {
class Database;
}

namespace amtsdesk::ui::programmechoices {

// A list of long names that takes the room of about 22 characters; its popup shows them in full.
void keepNarrow(QComboBox *box);
// Adds the active departments (and keeps the box narrow) as "code name" with the id as data; with keep, only those it
// accepts.
void addDepartments(QComboBox *box, Database &db, const std::function<bool(DepartmentId)> &keep = {});
// Adds the active people (not the program itself) as "name (department)" with the id as data
// (and keeps the box narrow).
void addUsers(QComboBox *box, Database &db);
// Makes the item whose data is value current; false when there is none.
bool selectData(QComboBox *box, qint64 value);

} // namespace amtsdesk::ui::programmechoices
