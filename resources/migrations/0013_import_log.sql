-- Dialog Civic schema, step 13: one record per bulk import instead of one audit row per record.
-- An import (a CSV of organizations, a national register workbook, an award list, annual reports)
-- is recorded once: the file, its SHA-256, what it did, who and when. Every organization it adds
-- or changes carries the import's id; a record it changes still gets an audit row with its old
-- values, marked with the import's id. Interactive edits keep one audit row per change.
CREATE TABLE data_import (
    id           INTEGER PRIMARY KEY,
    kind         TEXT NOT NULL CHECK (kind IN ('organizations', 'national_register',
                                               'funding_awards', 'annual_reports')),
    file_name    TEXT NOT NULL,
    sha256       TEXT NOT NULL,
    counts       TEXT NOT NULL DEFAULT '{}',
    os_user      TEXT NOT NULL,
    imported_at  TEXT NOT NULL
);
CREATE INDEX data_import_date ON data_import(imported_at, id);

ALTER TABLE audit_log ADD COLUMN import_id INTEGER REFERENCES data_import(id);
ALTER TABLE organization ADD COLUMN import_id INTEGER REFERENCES data_import(id);
