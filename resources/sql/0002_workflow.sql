-- Amtsdesk schema 2: workflows (definitions installed by an administrator, items, history).

-- Definitions installed from a file; the built-in ones live in the program and are used
-- where no installed version is newer.
CREATE TABLE workflow_definitions (
    key          TEXT NOT NULL,
    version      INTEGER NOT NULL CHECK (version >= 1),
    definition   TEXT NOT NULL,
    installed_at TEXT NOT NULL,
    installed_by INTEGER NOT NULL REFERENCES users(id),
    PRIMARY KEY (key, version)
) WITHOUT ROWID;

-- Something that moves through a workflow: a case, an invoice, a sub-project (item_type and
-- item_ref point at it). row_version grows with every transition so that a stale change is
-- recognised.
CREATE TABLE workflow_items (
    id                 INTEGER PRIMARY KEY,
    workflow_key       TEXT NOT NULL,
    definition_version INTEGER NOT NULL,
    item_type          TEXT NOT NULL,
    item_ref           TEXT NOT NULL,
    title              TEXT NOT NULL,
    department_id      INTEGER REFERENCES departments(id),
    due_date           TEXT,
    fields             TEXT NOT NULL DEFAULT '{}',
    state              TEXT NOT NULL,
    is_open            INTEGER NOT NULL DEFAULT 1 CHECK (is_open IN (0, 1)), -- 0 once in a final state
    state_since        TEXT NOT NULL,
    row_version        INTEGER NOT NULL DEFAULT 1,
    created_at         TEXT NOT NULL,
    UNIQUE (item_type, item_ref)
);
CREATE INDEX workflow_items_state ON workflow_items(workflow_key, state);
CREATE INDEX workflow_items_open ON workflow_items(is_open, item_type);
CREATE INDEX workflow_items_due ON workflow_items(due_date);

CREATE TABLE workflow_history (
    id                 INTEGER PRIMARY KEY,
    item_id            INTEGER NOT NULL REFERENCES workflow_items(id),
    transition         TEXT,
    from_state         TEXT,
    to_state           TEXT NOT NULL,
    actor_id           INTEGER NOT NULL REFERENCES users(id),
    on_behalf_of_id    INTEGER REFERENCES users(id),
    at                 TEXT NOT NULL,
    comment            TEXT,
    definition_version INTEGER NOT NULL
);
CREATE INDEX workflow_history_item ON workflow_history(item_id, id);
CREATE INDEX workflow_history_at ON workflow_history(at);

CREATE TRIGGER workflow_history_no_update BEFORE UPDATE ON workflow_history
BEGIN
    SELECT RAISE(ABORT, 'the workflow history is append-only');
END;
