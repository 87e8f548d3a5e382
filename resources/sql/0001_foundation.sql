-- Amtsdesk schema 1: the store itself, people, and the audit trail.
-- Each migration runs in one transaction; the program sets user_version afterwards.

CREATE TABLE store_info (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- Organisationseinheiten (departments), as a tree.
CREATE TABLE departments (
    id        INTEGER PRIMARY KEY,
    code      TEXT NOT NULL UNIQUE,
    name      TEXT NOT NULL,
    parent_id INTEGER REFERENCES departments(id),
    active    INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);

CREATE TABLE users (
    id            INTEGER PRIMARY KEY,
    login         TEXT NOT NULL UNIQUE COLLATE NOCASE,
    display_name  TEXT NOT NULL,
    email         TEXT,
    department_id INTEGER REFERENCES departments(id),
    is_system     INTEGER NOT NULL DEFAULT 0 CHECK (is_system IN (0, 1)),
    active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at    TEXT NOT NULL
);
CREATE INDEX users_department ON users(department_id);

CREATE TABLE user_roles (
    user_id INTEGER NOT NULL REFERENCES users(id),
    role    TEXT NOT NULL,
    PRIMARY KEY (user_id, role)
) WITHOUT ROWID;

-- Vertretung: deputy acts with the rights of principal from valid_from to valid_until (dates, inclusive).
CREATE TABLE deputies (
    id           INTEGER PRIMARY KEY,
    principal_id INTEGER NOT NULL REFERENCES users(id),
    deputy_id    INTEGER NOT NULL REFERENCES users(id),
    valid_from   TEXT NOT NULL,
    valid_until  TEXT NOT NULL,
    CHECK (principal_id <> deputy_id),
    CHECK (valid_from <= valid_until)
);
CREATE INDEX deputies_deputy ON deputies(deputy_id);
CREATE INDEX deputies_principal ON deputies(principal_id);

-- Append-only and hash-chained: each row carries the hash of the one before it.
CREATE TABLE audit_log (
    id              INTEGER PRIMARY KEY,
    at              TEXT NOT NULL,
    actor_id        INTEGER NOT NULL REFERENCES users(id),
    on_behalf_of_id INTEGER REFERENCES users(id),
    action          TEXT NOT NULL,
    object_type     TEXT NOT NULL,
    object_id       TEXT,
    details         TEXT NOT NULL DEFAULT '{}',
    reason          TEXT,
    prev_hash       TEXT NOT NULL,
    hash            TEXT NOT NULL
);
CREATE INDEX audit_log_object ON audit_log(object_type, object_id);
CREATE INDEX audit_log_actor ON audit_log(actor_id);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

-- Content-addressed document bytes: the files live in <database>.blobs/ab/abcdef…;
-- a row here means something references the blob, so it is never collected.
CREATE TABLE blobs (
    hash       TEXT PRIMARY KEY CHECK (length(hash) = 64),
    size       INTEGER NOT NULL CHECK (size >= 0),
    created_at TEXT NOT NULL
) WITHOUT ROWID;
