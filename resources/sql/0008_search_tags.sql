-- Amtsdesk schema 8: the search stays fast in a store of a million documents.
--
-- Each page in the full-text index carries tags, in a third column that only the program
-- searches: its file's department, its document's year and month, its file and its case, e.g.
-- "d12 y2020 m202003 f345 c6789". A search asks the index for the words together with the
-- person's departments and with what the filters allow (von:/bis:, akte:, plan:, oe:, status:),
-- so that the index finds and ranks only pages that may be shown; checking page after page
-- against the tables costs ten times more per page than the index does.
--
-- The tags come from the tables through the view search_tags, once when a page is indexed and
-- once when it leaves the index (FTS5 needs the same values to remove it). A file keeps its
-- department, a case its file and a document its case and date; should one of them change,
-- the triggers at the end index the pages concerned again with their new tags.
--
-- The index is built anew from the text kept in document_text: a few minutes per 100,000
-- documents.

DROP TRIGGER document_text_indexed;
DROP TRIGGER document_text_removed;
DROP TABLE document_fts;

CREATE VIEW search_tags AS
SELECT v.id AS version_id,
       'd' || f.lead_department_id
           || ' y' || substr(coalesce(d.document_date, substr(d.created_at, 1, 10)), 1, 4)
           || ' m' || substr(coalesce(d.document_date, substr(d.created_at, 1, 10)), 1, 4)
           || substr(coalesce(d.document_date, substr(d.created_at, 1, 10)), 6, 2)
           || ' f' || f.id || ' c' || c.id AS tags
FROM document_versions v
JOIN documents d ON d.id = v.document_id
JOIN cases c ON c.id = d.case_id
JOIN files f ON f.id = c.file_id;

-- What the index reads when it needs a page's columns (snippets, rebuilding).
CREATE VIEW document_search AS
SELECT t.id, t.meta, t.body, s.tags
FROM document_text t JOIN search_tags s ON s.version_id = t.version_id;

CREATE VIRTUAL TABLE document_fts USING fts5(
    meta, body, tags, content='document_search', content_rowid='id', tokenize='amtsdesk_german', prefix='2 3 4');
INSERT INTO document_fts(document_fts) VALUES ('rebuild');

CREATE TRIGGER document_text_indexed AFTER INSERT ON document_text
BEGIN
    INSERT INTO document_fts(rowid, meta, body, tags)
    VALUES (new.id, new.meta, new.body, (SELECT tags FROM search_tags WHERE version_id = new.version_id));
END;

CREATE TRIGGER document_text_removed AFTER DELETE ON document_text
BEGIN
    INSERT INTO document_fts(document_fts, rowid, meta, body, tags)
    VALUES ('delete', old.id, old.meta, old.body, (SELECT tags FROM search_tags WHERE version_id = old.version_id));
END;

-- A date filter with only one end (von: or bis:) reads the store's first or last date here.
CREATE INDEX documents_day ON documents(coalesce(document_date, substr(created_at, 1, 10)));

-- Tags that change: the pages leave the index with the old tags before, and come back with the
-- new ones after the change.
CREATE TRIGGER documents_retag_before BEFORE UPDATE OF case_id, document_date, created_at ON documents
WHEN old.case_id IS NOT new.case_id OR old.document_date IS NOT new.document_date
     OR old.created_at IS NOT new.created_at
BEGIN
    INSERT INTO document_fts(document_fts, rowid, meta, body, tags)
    SELECT 'delete', t.id, t.meta, t.body, s.tags
    FROM document_versions v JOIN document_text t ON t.version_id = v.id JOIN search_tags s ON s.version_id = v.id
    WHERE v.document_id = old.id;
END;
CREATE TRIGGER documents_retag_after AFTER UPDATE OF case_id, document_date, created_at ON documents
WHEN old.case_id IS NOT new.case_id OR old.document_date IS NOT new.document_date
     OR old.created_at IS NOT new.created_at
BEGIN
    INSERT INTO document_fts(rowid, meta, body, tags)
    SELECT t.id, t.meta, t.body, s.tags
    FROM document_versions v JOIN document_text t ON t.version_id = v.id JOIN search_tags s ON s.version_id = v.id
    WHERE v.document_id = new.id;
END;

CREATE TRIGGER cases_retag_before BEFORE UPDATE OF file_id ON cases WHEN old.file_id IS NOT new.file_id
BEGIN
    INSERT INTO document_fts(document_fts, rowid, meta, body, tags)
    SELECT 'delete', t.id, t.meta, t.body, s.tags
    FROM documents d JOIN document_versions v ON v.document_id = d.id JOIN document_text t ON t.version_id = v.id
    JOIN search_tags s ON s.version_id = v.id
    WHERE d.case_id = old.id;
END;
CREATE TRIGGER cases_retag_after AFTER UPDATE OF file_id ON cases WHEN old.file_id IS NOT new.file_id
BEGIN
    INSERT INTO document_fts(rowid, meta, body, tags)
    SELECT t.id, t.meta, t.body, s.tags
    FROM documents d JOIN document_versions v ON v.document_id = d.id JOIN document_text t ON t.version_id = v.id
    JOIN search_tags s ON s.version_id = v.id
    WHERE d.case_id = new.id;
END;

CREATE TRIGGER files_retag_before BEFORE UPDATE OF lead_department_id ON files
WHEN old.lead_department_id IS NOT new.lead_department_id
BEGIN
    INSERT INTO document_fts(document_fts, rowid, meta, body, tags)
    SELECT 'delete', t.id, t.meta, t.body, s.tags
    FROM cases c JOIN documents d ON d.case_id = c.id JOIN document_versions v ON v.document_id = d.id
    JOIN document_text t ON t.version_id = v.id JOIN search_tags s ON s.version_id = v.id
    WHERE c.file_id = old.id;
END;
CREATE TRIGGER files_retag_after AFTER UPDATE OF lead_department_id ON files
WHEN old.lead_department_id IS NOT new.lead_department_id
BEGIN
    INSERT INTO document_fts(rowid, meta, body, tags)
    SELECT t.id, t.meta, t.body, s.tags
    FROM cases c JOIN documents d ON d.case_id = c.id JOIN document_versions v ON v.document_id = d.id
    JOIN document_text t ON t.version_id = v.id JOIN search_tags s ON s.version_id = v.id
    WHERE c.file_id = new.id;
END;
