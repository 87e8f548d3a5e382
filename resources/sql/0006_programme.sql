-- Amtsdesk schema 6: the digitalisation programme (sub-projects, milestones, status reports,
-- OZG services and their maturity, staff training, ideas).

-- Ideas and suggestions from consultation hours, the innovation team and workshops; an adopted
-- one can become a sub-project (subprojects.idea_id remembers where it came from).
CREATE TABLE ideas (
    id              INTEGER PRIMARY KEY,
    title           TEXT NOT NULL,
    description     TEXT NOT NULL DEFAULT '',
    submitted_by    TEXT NOT NULL,            -- a person's name: staff or citizen, not necessarily a user
    submitted_on    TEXT NOT NULL,            -- date
    source          TEXT NOT NULL CHECK (source IN ('consultation', 'innovation_team', 'staff_workshop',
                                                     'citizen_workshop', 'lightning_talk', 'other')),
    department_id   INTEGER REFERENCES departments(id),
    status          TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'review', 'adopted', 'declined')),
    decision_reason TEXT,
    decided_by      INTEGER REFERENCES users(id),
    decided_at      TEXT,
    recorded_by     INTEGER NOT NULL REFERENCES users(id),
    recorded_at     TEXT NOT NULL,
    CHECK (status <> 'declined' OR length(decision_reason) > 0)
);
CREATE INDEX ideas_status ON ideas(status);

-- Teilprojekte. The phase is the sub-project's workflow state (workflow_items, item_type
-- 'subproject'); the traffic light and progress are those of the latest status report.
CREATE TABLE subprojects (
    id              INTEGER PRIMARY KEY,
    code            TEXT NOT NULL UNIQUE,
    title           TEXT NOT NULL,
    area            TEXT NOT NULL CHECK (area IN ('efile', 'einvoice', 'ozg', 'process', 'training',
                                                  'infrastructure', 'other')),
    description     TEXT NOT NULL DEFAULT '',
    lead_id         INTEGER NOT NULL REFERENCES users(id),
    department_id   INTEGER NOT NULL REFERENCES departments(id), -- sponsoring (federführend)
    traffic_light   TEXT NOT NULL DEFAULT 'none' CHECK (traffic_light IN ('none', 'green', 'amber', 'red')),
    traffic_reason  TEXT NOT NULL DEFAULT '',
    progress        INTEGER NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
    planned_start   TEXT,
    planned_end     TEXT,
    forecast_start  TEXT,
    forecast_end    TEXT,
    budget_planned  TEXT NOT NULL DEFAULT '0', -- exact decimals, euros
    budget_spent    TEXT NOT NULL DEFAULT '0',
    risks           TEXT NOT NULL DEFAULT '',
    file_id         INTEGER REFERENCES files(id),
    idea_id         INTEGER UNIQUE REFERENCES ideas(id),
    row_version     INTEGER NOT NULL DEFAULT 1,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    CHECK (planned_start IS NULL OR planned_end IS NULL OR planned_start <= planned_end),
    CHECK (forecast_start IS NULL OR forecast_end IS NULL OR forecast_start <= forecast_end)
);
CREATE INDEX subprojects_department ON subprojects(department_id);
CREATE INDEX subprojects_lead ON subprojects(lead_id);

-- Beteiligte Fachdienste.
CREATE TABLE subproject_departments (
    subproject_id INTEGER NOT NULL REFERENCES subprojects(id),
    department_id INTEGER NOT NULL REFERENCES departments(id),
    PRIMARY KEY (subproject_id, department_id)
) WITHOUT ROWID;

CREATE TABLE subproject_dependencies (
    subproject_id INTEGER NOT NULL REFERENCES subprojects(id),
    depends_on_id INTEGER NOT NULL REFERENCES subprojects(id),
    PRIMARY KEY (subproject_id, depends_on_id),
    CHECK (subproject_id <> depends_on_id)
) WITHOUT ROWID;

CREATE TABLE milestones (
    id            INTEGER PRIMARY KEY,
    subproject_id INTEGER NOT NULL REFERENCES subprojects(id),
    title         TEXT NOT NULL,
    due_date      TEXT NOT NULL,
    done_date     TEXT,
    created_at    TEXT NOT NULL
);
CREATE INDEX milestones_subproject ON milestones(subproject_id, due_date);
CREATE INDEX milestones_open_due ON milestones(done_date, due_date);

-- Statusberichte: dated snapshots that are never changed; a sub-project's history.
CREATE TABLE status_reports (
    id            INTEGER PRIMARY KEY,
    subproject_id INTEGER NOT NULL REFERENCES subprojects(id),
    report_date   TEXT NOT NULL,
    traffic_light TEXT NOT NULL CHECK (traffic_light IN ('none', 'green', 'amber', 'red')),
    progress      INTEGER NOT NULL CHECK (progress BETWEEN 0 AND 100),
    text          TEXT NOT NULL,
    author_id     INTEGER NOT NULL REFERENCES users(id),
    on_behalf_of_id INTEGER REFERENCES users(id),
    created_at    TEXT NOT NULL
);
CREATE INDEX status_reports_subproject ON status_reports(subproject_id, report_date, id);

CREATE TRIGGER status_reports_no_update BEFORE UPDATE ON status_reports
BEGIN
    SELECT RAISE(ABORT, 'status reports cannot be changed');
END;

CREATE TRIGGER status_reports_no_delete BEFORE DELETE ON status_reports
BEGIN
    SELECT RAISE(ABORT, 'status reports cannot be deleted');
END;

-- The OZG / LeiKa catalogue as imported. A service is one LeiKa key within one OZG service, or,
-- where it has no LeiKa key, its name within the OZG service; identity holds that key.
CREATE TABLE ozg_catalogue (
    id             INTEGER PRIMARY KEY,
    identity       TEXT NOT NULL UNIQUE,
    leika_key      TEXT,
    leika_name     TEXT NOT NULL,
    leika_type     TEXT NOT NULL DEFAULT '',
    ozg_id         TEXT NOT NULL,
    ozg_name       TEXT NOT NULL,
    life_situation TEXT NOT NULL DEFAULT '',
    topic          TEXT NOT NULL DEFAULT '',
    imported_at    TEXT NOT NULL
);
CREATE INDEX ozg_catalogue_ozg ON ozg_catalogue(ozg_id);

-- The services the district offers, with their maturity now and the target. The model is kept
-- with each level: OZG maturity model 1.1 (levels 0-4) or 2.0 (levels 0-7).
CREATE TABLE district_services (
    id             INTEGER PRIMARY KEY,
    catalogue_id   INTEGER NOT NULL UNIQUE REFERENCES ozg_catalogue(id),
    department_id  INTEGER NOT NULL REFERENCES departments(id),
    subproject_id  INTEGER REFERENCES subprojects(id),
    model          TEXT NOT NULL CHECK (model IN ('1.1', '2.0')),
    level          INTEGER NOT NULL CHECK (level BETWEEN 0 AND 7),
    target_model   TEXT NOT NULL CHECK (target_model IN ('1.1', '2.0')),
    target_level   INTEGER NOT NULL CHECK (target_level BETWEEN 0 AND 7),
    link           TEXT NOT NULL DEFAULT '',
    go_live        TEXT,
    status         TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'planning', 'in_progress', 'done')),
    row_version    INTEGER NOT NULL DEFAULT 1,
    updated_at     TEXT NOT NULL,
    CHECK (level <= CASE model WHEN '1.1' THEN 4 ELSE 7 END),
    CHECK (target_level <= CASE target_model WHEN '1.1' THEN 4 ELSE 7 END)
);
CREATE INDEX district_services_department ON district_services(department_id);

CREATE TABLE maturity_history (
    id          INTEGER PRIMARY KEY,
    service_id  INTEGER NOT NULL REFERENCES district_services(id),
    changed_on  TEXT NOT NULL, -- the day the level was reached
    model       TEXT NOT NULL CHECK (model IN ('1.1', '2.0')),
    level       INTEGER NOT NULL CHECK (level BETWEEN 0 AND 7),
    actor_id    INTEGER NOT NULL REFERENCES users(id),
    recorded_at TEXT NOT NULL,
    comment     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX maturity_history_service ON maturity_history(service_id, changed_on, id);

CREATE TRIGGER maturity_history_no_update BEFORE UPDATE ON maturity_history
BEGIN
    SELECT RAISE(ABORT, 'the maturity history is append-only');
END;

-- Personalverzeichnis for training: every member of staff, whether or not they use Amtsdesk.
CREATE TABLE staff (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL,
    department_id INTEGER NOT NULL REFERENCES departments(id),
    position      TEXT NOT NULL DEFAULT '',
    email         TEXT NOT NULL DEFAULT '',
    user_id       INTEGER UNIQUE REFERENCES users(id),
    active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at    TEXT NOT NULL
);
CREATE INDEX staff_department ON staff(department_id, active);

CREATE TABLE courses (
    id          INTEGER PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE,
    title       TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('efile_training', 'einvoice_training', 'digital_training',
                                              'lightning_talk', 'consultation', 'citizen_workshop', 'workshop')),
    description TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL
);

CREATE TABLE course_sessions (
    id        INTEGER PRIMARY KEY,
    course_id INTEGER NOT NULL REFERENCES courses(id),
    held_on   TEXT NOT NULL,
    place     TEXT NOT NULL DEFAULT '',
    trainer   TEXT NOT NULL DEFAULT '',
    capacity  INTEGER CHECK (capacity IS NULL OR capacity > 0)
);
CREATE INDEX course_sessions_course ON course_sessions(course_id, held_on);

CREATE TABLE attendance (
    session_id INTEGER NOT NULL REFERENCES course_sessions(id),
    staff_id   INTEGER NOT NULL REFERENCES staff(id),
    PRIMARY KEY (session_id, staff_id)
) WITHOUT ROWID;
CREATE INDEX attendance_staff ON attendance(staff_id);

-- Pflichtschulungen: a course required of every member of a department, or of everyone whose
-- Amtsdesk user holds a role (exactly one of the two).
CREATE TABLE course_requirements (
    id            INTEGER PRIMARY KEY,
    course_id     INTEGER NOT NULL REFERENCES courses(id),
    department_id INTEGER REFERENCES departments(id),
    role          TEXT,
    CHECK ((department_id IS NULL) <> (role IS NULL)),
    UNIQUE (course_id, department_id, role)
);
