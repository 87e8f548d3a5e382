-- Amtsdesk schema 3: the e-file (E-Akte): file plan, files, cases, documents and their
-- versions, notes, resubmissions, disposal.

-- Aktenplan: a tree of units; files are filed under the units of the lowest level.
CREATE TABLE file_plan_units (
    id              INTEGER PRIMARY KEY,
    key             TEXT NOT NULL UNIQUE,          -- e.g. 2223.6
    title           TEXT NOT NULL,
    parent_id       INTEGER REFERENCES file_plan_units(id),
    department_id   INTEGER NOT NULL REFERENCES departments(id),
    retention_years INTEGER CHECK (retention_years IS NULL OR retention_years BETWEEN 0 AND 200), -- NULL: kept for ever
    active          INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);
CREATE INDEX file_plan_units_parent ON file_plan_units(parent_id);

-- Akte.
CREATE TABLE files (
    id                 INTEGER PRIMARY KEY,
    plan_unit_id       INTEGER NOT NULL REFERENCES file_plan_units(id),
    reference_number   TEXT NOT NULL UNIQUE,       -- Aktenzeichen
    running_number     INTEGER NOT NULL,
    year               INTEGER NOT NULL,
    subject            TEXT NOT NULL,
    lead_department_id INTEGER NOT NULL REFERENCES departments(id),
    confidentiality    TEXT NOT NULL CHECK (confidentiality IN ('offen', 'vs_nfd')),
    retention_years    INTEGER CHECK (retention_years IS NULL OR retention_years BETWEEN 0 AND 200),
    closed_at          TEXT,                       -- zdA
    retention_until    TEXT,                       -- last day of the retention period, set on closing
    created_at         TEXT NOT NULL,
    created_by         INTEGER NOT NULL REFERENCES users(id)
);
CREATE INDEX files_plan_unit ON files(plan_unit_id);
CREATE INDEX files_department ON files(lead_department_id);
CREATE INDEX files_retention ON files(retention_until) WHERE retention_until IS NOT NULL;
CREATE UNIQUE INDEX files_numbering ON files(plan_unit_id, lead_department_id, year, running_number);

-- Vorgang, numbered within its file. Its state (and whether it is closed) is its workflow item's:
-- item_type 'case', item_ref = id.
CREATE TABLE cases (
    id         INTEGER PRIMARY KEY,
    file_id    INTEGER NOT NULL REFERENCES files(id),
    number     INTEGER NOT NULL,
    subject    TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by INTEGER NOT NULL REFERENCES users(id),
    UNIQUE (file_id, number)
);

CREATE TABLE documents (
    id            INTEGER PRIMARY KEY,
    case_id       INTEGER NOT NULL REFERENCES cases(id),
    title         TEXT NOT NULL,
    direction     TEXT NOT NULL CHECK (direction IN ('incoming', 'outgoing', 'internal')),
    document_date TEXT,                            -- Eingangs- / Ausgangsdatum
    sender        TEXT,
    recipients    TEXT,
    created_at    TEXT NOT NULL,
    created_by    INTEGER NOT NULL REFERENCES users(id)
);
CREATE INDEX documents_case ON documents(case_id);

-- Each version is one immutable blob.
CREATE TABLE document_versions (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id),
    version     INTEGER NOT NULL,
    blob_hash   TEXT NOT NULL REFERENCES blobs(hash),
    file_name   TEXT NOT NULL,                     -- as it came, for display and export only
    mime_type   TEXT NOT NULL,
    size        INTEGER NOT NULL,
    page_count  INTEGER,
    text_status TEXT NOT NULL CHECK (text_status IN ('pending', 'indexed', 'no_text', 'encrypted', 'unreadable')),
    text_note   TEXT,                              -- why there is no text, in words
    created_at  TEXT NOT NULL,
    created_by  INTEGER NOT NULL REFERENCES users(id),
    UNIQUE (document_id, version)
);
CREATE INDEX document_versions_blob ON document_versions(blob_hash);

CREATE TABLE notes (
    id          INTEGER PRIMARY KEY,
    object_type TEXT NOT NULL CHECK (object_type IN ('case', 'document')),
    object_id   INTEGER NOT NULL,
    text        TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    created_by  INTEGER NOT NULL REFERENCES users(id)
);
CREATE INDEX notes_object ON notes(object_type, object_id);

-- Wiedervorlage: the case comes back to a person on a date.
CREATE TABLE resubmissions (
    id         INTEGER PRIMARY KEY,
    case_id    INTEGER NOT NULL REFERENCES cases(id),
    user_id    INTEGER NOT NULL REFERENCES users(id),
    due_date   TEXT NOT NULL,
    reason     TEXT NOT NULL,
    done_at    TEXT,
    created_at TEXT NOT NULL,
    created_by INTEGER NOT NULL REFERENCES users(id)
);
CREATE INDEX resubmissions_open ON resubmissions(user_id, due_date) WHERE done_at IS NULL;

-- Kassation needs an approval by a second person before a file is destroyed.
CREATE TABLE destruction_requests (
    id               INTEGER PRIMARY KEY,
    reference_number TEXT NOT NULL,
    file_id          INTEGER REFERENCES files(id) ON DELETE SET NULL,
    requested_by     INTEGER NOT NULL REFERENCES users(id),
    requested_at     TEXT NOT NULL,
    approved_by      INTEGER REFERENCES users(id),
    approved_at      TEXT,
    executed_at      TEXT
);
