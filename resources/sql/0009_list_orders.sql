-- Amtsdesk schema 9: indexes for reading long case and document lists a window at a time in
-- each order a person can choose (keyset paging: "same value, larger id" is one seek, so each
-- index holds its order's terms with the id), for the file plan tree, which asks per unit
-- whether it holds files a department may see, and for a department's disposal list.

CREATE INDEX IF NOT EXISTS documents_title ON documents(title COLLATE NOCASE, id, case_id);
-- The document's date, else the day it was filed: the expression the list sorts by.
-- It also serves the search's open date ranges (von: or bis: alone), which schema 8 gave an
-- index of their own.
DROP INDEX IF EXISTS documents_day;
CREATE INDEX IF NOT EXISTS documents_date ON documents(coalesce(document_date, substr(created_at, 1, 10)), id, case_id);
CREATE INDEX IF NOT EXISTS documents_direction ON documents(direction, id, case_id);

CREATE INDEX IF NOT EXISTS cases_subject ON cases(subject COLLATE NOCASE, id, file_id);
CREATE INDEX IF NOT EXISTS cases_opened ON cases(created_at, id, file_id);
-- A case's state is its workflow item's; item_ref holds the case id as text.
CREATE INDEX IF NOT EXISTS workflow_items_type_state ON workflow_items(item_type, state, CAST(item_ref AS INTEGER));

CREATE INDEX IF NOT EXISTS files_plan_unit_department ON files(plan_unit_id, lead_department_id);
DROP INDEX IF EXISTS files_plan_unit;

-- The disposal list: a department's closed files, the longest expired first.
CREATE INDEX IF NOT EXISTS files_department_retention ON files(lead_department_id, retention_until) WHERE retention_until IS NOT NULL;
