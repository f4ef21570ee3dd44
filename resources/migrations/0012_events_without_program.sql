-- Dialog Civic schema, step 12: events that belong to no program, and organizations marked as one.
--
-- Seed 000: the Service "inițiază, organizează și sprijină evenimente proprii sau propuse de alte
-- autorități publice și organizații neguvernamentale". Such an event has no edition, and an
-- organizer: an institution, an organization, or none (the Service itself). An event of an
-- edition keeps its program as organizer and normally names none.
-- SQLite cannot drop NOT NULL in place, so the event table is rebuilt with the same ids, following
-- SQLite's documented procedure (https://www.sqlite.org/lang_altertable.html#otheralter): the
-- migration runs with foreign keys off, the new table is filled from the old one, the old one is
-- dropped, the new one renamed and its indexes made again; Database::migrate() runs PRAGMA
-- foreign_key_check before committing, so the regions, co-organizers and attendees of each event
-- keep their event. No view or trigger refers to the event table.
--
-- The numbers of the events without an edition are unique per kind among themselves (NULL
-- editions are distinct in the table's UNIQUE constraint, hence the partial index).
--
-- organization_same_as: an official may state that two records are one organization (seed 003
-- counts 19 promoters of the 2021 edition where seed 004 names 20). The record organization_id is
-- the same organization as same_as_id; counts take the pair once. A record is the alias of at
-- most one other, and the repository refuses chains (an alias of an alias). (The older table
-- organization_alias of step 1 holds other names of one record; it is not this.)
-- Applied in one transaction by Database::migrate().

CREATE TABLE event_rebuilt (
    id                         INTEGER PRIMARY KEY,
    edition_id                 INTEGER REFERENCES edition(id) ON DELETE CASCADE,
    kind                       TEXT NOT NULL
                               CHECK (kind IN ('videoconference', 'conference', 'seminar', 'workshop',
                                               'round-table', 'study-visit', 'closing')),
    number                     INTEGER NOT NULL CHECK (number > 0),
    title                      TEXT,
    event_date                 TEXT NOT NULL,
    start_time                 TEXT,
    duration_minutes           INTEGER CHECK (duration_minutes IS NULL OR duration_minutes > 0),
    place                      TEXT,
    link                       TEXT,
    central_theme              TEXT,
    other_themes               TEXT,
    participants_ngo           INTEGER CHECK (participants_ngo IS NULL OR participants_ngo >= 0),
    participants_local_admin   INTEGER CHECK (participants_local_admin IS NULL OR participants_local_admin >= 0),
    participants_associative   INTEGER CHECK (participants_associative IS NULL OR participants_associative >= 0),
    participants_other         INTEGER CHECK (participants_other IS NULL OR participants_other >= 0),
    conclusions                TEXT,
    status                     TEXT NOT NULL DEFAULT 'planned'
                               CHECK (status IN ('planned', 'held', 'cancelled', 'postponed')),
    uid                        TEXT NOT NULL UNIQUE,
    sequence                   INTEGER NOT NULL DEFAULT 0,
    created_at                 TEXT NOT NULL,
    updated_at                 TEXT NOT NULL,
    notes                      TEXT,
    organizer_institution_id   INTEGER REFERENCES institution(id),
    organizer_organization_id  INTEGER REFERENCES organization(id),
    CHECK (organizer_institution_id IS NULL OR organizer_organization_id IS NULL),
    UNIQUE (edition_id, kind, number)
);
INSERT INTO event_rebuilt (id, edition_id, kind, number, title, event_date, start_time,
                           duration_minutes, place, link, central_theme, other_themes,
                           participants_ngo, participants_local_admin, participants_associative,
                           participants_other, conclusions, status, uid, sequence, created_at,
                           updated_at, notes)
SELECT id, edition_id, kind, number, title, event_date, start_time,
       duration_minutes, place, link, central_theme, other_themes,
       participants_ngo, participants_local_admin, participants_associative,
       participants_other, conclusions, status, uid, sequence, created_at,
       updated_at, notes
FROM event;
DROP TABLE event;
ALTER TABLE event_rebuilt RENAME TO event;
CREATE INDEX event_date ON event(event_date, start_time);
CREATE UNIQUE INDEX event_own_number ON event(kind, number) WHERE edition_id IS NULL;
CREATE INDEX event_organizer_institution ON event(organizer_institution_id)
    WHERE organizer_institution_id IS NOT NULL;
CREATE INDEX event_organizer_organization ON event(organizer_organization_id)
    WHERE organizer_organization_id IS NOT NULL;

CREATE TABLE organization_same_as (
    organization_id  INTEGER PRIMARY KEY REFERENCES organization(id) ON DELETE CASCADE,
    same_as_id       INTEGER NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
    created_at       TEXT NOT NULL,
    CHECK (organization_id <> same_as_id)
);
CREATE INDEX organization_same_as_target ON organization_same_as(same_as_id);
