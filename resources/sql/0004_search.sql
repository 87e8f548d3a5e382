-- Amtsdesk schema 4: the full-text index over documents (SQLite FTS5 with the program's
-- German tokenizer, which every connection registers; the sqlite3 shell cannot read
-- document_fts, but everything else in the store).

-- The text of the current version of each document: page 0 holds its metadata (title, sender,
-- recipients, file subject and reference number), pages 1… the text of its pages.
CREATE TABLE document_text (
    id         INTEGER PRIMARY KEY,
    version_id INTEGER NOT NULL REFERENCES document_versions(id),
    page       INTEGER NOT NULL CHECK (page >= 0),
    meta       TEXT NOT NULL DEFAULT '',
    body       TEXT NOT NULL DEFAULT '',
    UNIQUE (version_id, page)
);

-- Prefix indexes make "Bau*" fast instead of a scan of every term.
CREATE VIRTUAL TABLE document_fts USING fts5(
    meta, body, content='document_text', content_rowid='id', tokenize='amtsdesk_german', prefix='2 3 4');

CREATE TRIGGER document_text_indexed AFTER INSERT ON document_text
BEGIN
    INSERT INTO document_fts(rowid, meta, body) VALUES (new.id, new.meta, new.body);
END;

CREATE TRIGGER document_text_removed AFTER DELETE ON document_text
BEGIN
    INSERT INTO document_fts(document_fts, rowid, meta, body) VALUES ('delete', old.id, old.meta, old.body);
END;

CREATE TRIGGER document_text_no_update BEFORE UPDATE ON document_text
BEGIN
    SELECT RAISE(ABORT, 'document text is replaced, not updated');
END;
