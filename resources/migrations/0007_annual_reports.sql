-- Dialog Civic schema, step 7: the annual reports as the institutions send them.
-- A received report keeps the file it came from (name and SHA-256), who imported it and when, the
-- model of the report it follows, and every value with the cell it was read from. The models of
-- the report are data: a model file loaded by the office is kept here and wins over the built-in
-- model with the same id. The Service's own conclusions on the reports are kept per year, and the
-- few settings that every workstation of one database must share live in app_setting.
-- Applied in one transaction by Database::migrate().

ALTER TABLE transparency_report ADD COLUMN model_id TEXT;
ALTER TABLE transparency_report ADD COLUMN file_name TEXT;
ALTER TABLE transparency_report ADD COLUMN file_sha256 TEXT;
ALTER TABLE transparency_report ADD COLUMN imported_by TEXT;
ALTER TABLE transparency_report ADD COLUMN imported_at TEXT;

CREATE TABLE transparency_report_value (
    report_id    INTEGER NOT NULL REFERENCES transparency_report(id) ON DELETE CASCADE,
    code         TEXT NOT NULL,
    number       INTEGER CHECK (number IS NULL OR number >= 0),
    text         TEXT,
    cell         TEXT,
    PRIMARY KEY (report_id, code),
    CHECK ((number IS NULL) <> (text IS NULL))
);

-- The older model printed D as one of four answers; a report typed before this step whose
-- evaluation is exactly one of them keeps it as D1.
INSERT INTO transparency_report_value (report_id, code, text)
SELECT id, 'D1',
       CASE trim(self_evaluation)
           WHEN 'foarte bună' THEN 'very_good'
           WHEN 'bună' THEN 'good'
           WHEN 'satisfăcătoare' THEN 'satisfactory'
           WHEN 'nesatisfăcătoare' THEN 'unsatisfactory'
       END
FROM transparency_report
WHERE trim(self_evaluation) IN ('foarte bună', 'bună', 'satisfăcătoare', 'nesatisfăcătoare');

CREATE TABLE transparency_report_model (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    valid_from  INTEGER NOT NULL CHECK (valid_from BETWEEN 2003 AND 2100),
    content     TEXT NOT NULL,
    loaded_by   TEXT NOT NULL,
    loaded_at   TEXT NOT NULL
);

CREATE TABLE transparency_conclusions (
    year        INTEGER PRIMARY KEY CHECK (year BETWEEN 2003 AND 2100),
    text        TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

CREATE TABLE app_setting (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);
