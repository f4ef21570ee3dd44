-- Dialog Civic schema, step 10: an edition's period may be unknown. The 2021 edition of
-- "Promotorii Voluntariatului" has no start or end date in any seed (its activities ran from
-- 28.04.2021 to 06.12.2021); a period made up to fill two NOT NULL columns would be printed as
-- fact. SQLite cannot drop NOT NULL in place, so the table is rebuilt with the same ids: the
-- migration runs with foreign keys off and Database::migrate() runs PRAGMA foreign_key_check
-- before committing, so the events, indicators and partnerships keep their edition.
-- The same step (one number was given to the documents' work of issue 15) also gives:
-- - the edition what its synthesis states beside the records: the number of promoters the
--   office's own synthesis gives (seed 003: 19, while seed 004 names 20) and the note that
--   explains the difference, and the themes debated over the whole series (seed 004), which
--   belong to the edition, not to each videoconference;
-- - events a note (seed 004 planned the closing for 5 December; seed 003 says it took place on 6);
-- - indicators a qualifier for each value instead of a yes/no "at least": 'exactly', 'at_least'
--   (cel puțin), 'over' (peste: seed 003's "peste 600") or 'about' (aproximativ).
-- Applied in one transaction by Database::migrate().

CREATE TABLE edition_rebuilt (
    id                      INTEGER PRIMARY KEY,
    program_id              INTEGER NOT NULL REFERENCES program(id) ON DELETE CASCADE,
    number                  INTEGER NOT NULL CHECK (number > 0),
    year                    INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2200),
    start_date              TEXT,
    end_date                TEXT,
    objective               TEXT,
    status                  TEXT NOT NULL DEFAULT 'planned'
                            CHECK (status IN ('planned', 'running', 'closed', 'cancelled')),
    notes                   TEXT,
    created_at              TEXT NOT NULL,
    updated_at              TEXT NOT NULL,
    synthesis_introduction  TEXT,
    synthesis_conclusion    TEXT,
    promoters_stated        INTEGER CHECK (promoters_stated IS NULL OR promoters_stated >= 0),
    partnership_note        TEXT,
    central_theme           TEXT,
    other_themes            TEXT,
    CHECK (start_date IS NULL OR end_date IS NULL OR end_date >= start_date),
    UNIQUE (program_id, number)
);
INSERT INTO edition_rebuilt (id, program_id, number, year, start_date, end_date, objective, status, notes,
                             created_at, updated_at, synthesis_introduction, synthesis_conclusion)
SELECT id, program_id, number, year, start_date, end_date, objective, status, notes,
       created_at, updated_at, synthesis_introduction, synthesis_conclusion
FROM edition;
DROP TABLE edition;
ALTER TABLE edition_rebuilt RENAME TO edition;
CREATE INDEX edition_program_year ON edition(program_id, year);

ALTER TABLE event ADD COLUMN notes TEXT;

ALTER TABLE indicator ADD COLUMN target_qualifier TEXT NOT NULL DEFAULT 'exactly'
    CHECK (target_qualifier IN ('exactly', 'at_least', 'over', 'about'));
ALTER TABLE indicator ADD COLUMN achieved_qualifier TEXT NOT NULL DEFAULT 'exactly'
    CHECK (achieved_qualifier IN ('exactly', 'at_least', 'over', 'about'));
-- The flags read "at least" for a target and "over" for an achieved value.
UPDATE indicator SET target_qualifier = 'at_least' WHERE target_at_least = 1;
UPDATE indicator SET achieved_qualifier = 'over' WHERE achieved_at_least = 1;
ALTER TABLE indicator DROP COLUMN target_at_least;
ALTER TABLE indicator DROP COLUMN achieved_at_least;
