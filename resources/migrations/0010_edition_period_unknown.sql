-- Dialog Civic schema, step 10: an edition's period may be unknown. The 2021 edition of
-- "Promotorii Voluntariatului" has no start or end date in any seed (its activities ran from
-- 28.04.2021 to 06.12.2021); a period made up to fill two NOT NULL columns would be printed as
-- fact. SQLite cannot drop NOT NULL in place, so the table is rebuilt with the same ids: the
-- migration runs with foreign keys off and Database::migrate() runs PRAGMA foreign_key_check
-- before committing, so the events, indicators and partnerships keep their edition.
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
