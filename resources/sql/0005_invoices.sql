-- Amtsdesk schema 5: the e-invoice inbox (Rechnungseingang). Each invoice is kept exactly as it
-- arrived (a blob); the columns hold what was read from it, for lists, routing, duplicates and
-- the hand-over to the finance software. Its way through approval is a workflow item
-- (item_type 'invoice', item_ref = invoices.id), whose fields carry the account assignment.

-- Where invoices go: a Leitweg-ID (BT-10 Buyer reference) to the ordering department.
-- Invoices whose Leitweg-ID is not here wait in the central intake queue.
CREATE TABLE invoice_routes (
    leitweg_id    TEXT NOT NULL PRIMARY KEY COLLATE NOCASE,
    department_id INTEGER NOT NULL REFERENCES departments(id),
    note          TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;

-- One hand-over to the finance software: a CSV and the original files in a folder.
CREATE TABLE invoice_exports (
    id       INTEGER PRIMARY KEY,
    at       TEXT NOT NULL,
    actor_id INTEGER NOT NULL REFERENCES users(id),
    folder   TEXT NOT NULL,
    csv_name TEXT NOT NULL,
    count    INTEGER NOT NULL CHECK (count >= 0),
    repeated INTEGER NOT NULL DEFAULT 0 -- how many of them had been exported before, on purpose
);

CREATE TABLE invoices (
    id              INTEGER PRIMARY KEY,
    workflow_item_id INTEGER UNIQUE REFERENCES workflow_items(id), -- set right after the insert
    blob_hash       TEXT NOT NULL REFERENCES blobs(hash),
    file_name       TEXT NOT NULL,
    container       TEXT NOT NULL CHECK (container IN ('xml', 'pdf')),
    syntax          TEXT NOT NULL DEFAULT '' CHECK (syntax IN ('', 'ubl', 'cii')), -- '' when unreadable
    profile         TEXT NOT NULL DEFAULT '',
    received_at     TEXT NOT NULL,
    received_via    TEXT NOT NULL CHECK (received_via IN ('gui', 'folder', 'cli', 'demo')),
    received_by     INTEGER NOT NULL REFERENCES users(id),
    read_error      TEXT NOT NULL DEFAULT '', -- why it could not be read at all
    number          TEXT NOT NULL DEFAULT '', -- BT-1
    issue_date      TEXT,                     -- BT-2
    type_code       TEXT NOT NULL DEFAULT '', -- BT-3
    currency        TEXT NOT NULL DEFAULT '', -- BT-5
    leitweg_id      TEXT NOT NULL DEFAULT '', -- BT-10
    order_reference TEXT NOT NULL DEFAULT '', -- BT-13
    seller_name     TEXT NOT NULL DEFAULT '', -- BT-27
    seller_vat_id   TEXT NOT NULL DEFAULT '', -- BT-31
    seller_key      TEXT NOT NULL DEFAULT '', -- VAT id, else the normalised name: for duplicates
    iban            TEXT NOT NULL DEFAULT '', -- BT-84 of the first credit transfer
    net_amount      TEXT,                     -- BT-109, decimal text
    tax_amount      TEXT,                     -- BT-110
    gross_amount    TEXT,                     -- BT-112
    payable_amount  TEXT,                     -- BT-115
    due_date        TEXT,                     -- BT-9, else computed (due_source)
    due_source      TEXT NOT NULL DEFAULT '' CHECK (due_source IN ('', 'invoice', 'default')),
    skonto_date     TEXT,                     -- the first Skonto deadline (BR-DE-18 in BT-20)
    skonto_percent  TEXT,
    skonto_amount   TEXT,
    skonti          TEXT NOT NULL DEFAULT '[]', -- JSON: every Skonto (deadline, percent, amount)
    errors          INTEGER NOT NULL DEFAULT 0,
    warnings        INTEGER NOT NULL DEFAULT 0,
    findings        TEXT NOT NULL DEFAULT '[]', -- JSON: rule, severity, message, location, line
    duplicate_of    INTEGER REFERENCES invoices(id),
    duplicate_why   TEXT NOT NULL DEFAULT '',
    export_id       INTEGER REFERENCES invoice_exports(id), -- the first hand-over
    case_id         INTEGER REFERENCES cases(id)             -- where it is filed in the e-file
);
CREATE INDEX invoices_duplicate ON invoices(seller_key, number);
-- The inbox list walks the invoices' workflow items in the order of their next deadline.
CREATE INDEX workflow_items_type_due ON workflow_items(item_type, due_date);
CREATE INDEX workflow_items_type_open_due ON workflow_items(item_type, is_open, due_date);
CREATE INDEX workflow_items_type_department_due ON workflow_items(item_type, department_id, due_date);
-- And for its other orders: by seller, by amount (received is the invoices' own order).
CREATE INDEX invoices_seller ON invoices(seller_name COLLATE NOCASE);
CREATE INDEX invoices_amount ON invoices(CAST(payable_amount AS REAL) DESC);
CREATE INDEX invoices_blob ON invoices(blob_hash);
CREATE INDEX invoices_due ON invoices(due_date);
CREATE INDEX invoices_export ON invoices(export_id);

-- Every time an invoice was handed over (the first and any repeated on purpose).
CREATE TABLE invoice_export_items (
    export_id  INTEGER NOT NULL REFERENCES invoice_exports(id),
    invoice_id INTEGER NOT NULL REFERENCES invoices(id),
    PRIMARY KEY (export_id, invoice_id)
) WITHOUT ROWID;

-- The original is the record: what was read from it never changes afterwards.
CREATE TRIGGER invoices_original_fixed BEFORE UPDATE OF blob_hash, file_name, container, received_at,
    received_via, received_by, number, issue_date, seller_name, seller_vat_id, iban, payable_amount ON invoices
BEGIN
    SELECT RAISE(ABORT, 'an invoice''s original and what was read from it never change');
END;
