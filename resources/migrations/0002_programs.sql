-- Dialog Civic schema, step 2: programs, editions, indicators, partnerships and events.
-- Applied in one transaction by Database::migrate(); PRAGMA user_version is set after it.
-- Dates are ISO text (YYYY-MM-DD), times 'HH:MM', booleans 0/1. Sort and comparison keys are
-- computed by the program (dc::text), as for organizations.

-- A program of the office ("Programul Promotorii Voluntariatului în România") or a funded
-- project (SIPOCA 202); 'code' is a short name people also use for it.
CREATE TABLE program (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL CHECK (length(name) > 0),
    name_sort    TEXT NOT NULL,
    name_folded  TEXT NOT NULL UNIQUE,
    code         TEXT,
    kind         TEXT NOT NULL DEFAULT 'program' CHECK (kind IN ('program', 'project')),
    managed_by   TEXT,
    description  TEXT,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE INDEX program_name_sort ON program(name_sort, id);

-- One edition of a program (a project has one): number, year, period, objective, status.
CREATE TABLE edition (
    id          INTEGER PRIMARY KEY,
    program_id  INTEGER NOT NULL REFERENCES program(id) ON DELETE CASCADE,
    number      INTEGER NOT NULL CHECK (number > 0),
    year        INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2200),
    start_date  TEXT NOT NULL,
    end_date    TEXT NOT NULL,
    objective   TEXT,
    status      TEXT NOT NULL DEFAULT 'planned'
                CHECK (status IN ('planned', 'running', 'closed', 'cancelled')),
    notes       TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    CHECK (end_date >= start_date),
    UNIQUE (program_id, number)
);
CREATE INDEX edition_program_year ON edition(program_id, year);

-- A result of an edition with its target and what was achieved. 'computation' says whether the
-- achieved value is typed ('manual') or counted from the edition's held events ('event_count',
-- 'participant_sum', optionally for one event kind). '*_at_least' marks "over 600", "at least 10".
CREATE TABLE indicator (
    id                 INTEGER PRIMARY KEY,
    edition_id         INTEGER NOT NULL REFERENCES edition(id) ON DELETE CASCADE,
    position           INTEGER NOT NULL DEFAULT 0,
    name               TEXT NOT NULL CHECK (length(name) > 0),
    unit               TEXT NOT NULL DEFAULT 'other'
                       CHECK (unit IN ('persons', 'events', 'documents', 'organizations', 'other')),
    target             INTEGER CHECK (target IS NULL OR target >= 0),
    target_at_least    INTEGER NOT NULL DEFAULT 0 CHECK (target_at_least IN (0, 1)),
    achieved           INTEGER CHECK (achieved IS NULL OR achieved >= 0),
    achieved_at_least  INTEGER NOT NULL DEFAULT 0 CHECK (achieved_at_least IN (0, 1)),
    computation        TEXT NOT NULL DEFAULT 'manual'
                       CHECK (computation IN ('manual', 'event_count', 'participant_sum')),
    event_kind         TEXT,
    notes              TEXT,
    UNIQUE (edition_id, name)
);

-- An organization's part in an edition. The organization is not deleted with its partnerships:
-- the foreign key refuses, and the program says which editions it belongs to.
CREATE TABLE partnership (
    id               INTEGER PRIMARY KEY,
    edition_id       INTEGER NOT NULL REFERENCES edition(id) ON DELETE CASCADE,
    organization_id  INTEGER NOT NULL REFERENCES organization(id),
    role             TEXT NOT NULL
                     CHECK (role IN ('promoter', 'associative_structure', 'partner', 'beneficiary')),
    start_date       TEXT,
    end_date         TEXT,
    status           TEXT NOT NULL DEFAULT 'active'
                     CHECK (status IN ('proposed', 'active', 'ended', 'withdrawn')),
    notes            TEXT,
    CHECK (start_date IS NULL OR end_date IS NULL OR end_date >= start_date),
    UNIQUE (edition_id, organization_id, role)
);
CREATE INDEX partnership_organization ON partnership(organization_id);

-- An event of an edition: a videoconference, conference, seminar... 'uid' is the iCalendar UID,
-- made once and kept, and 'sequence' grows with every change, so that importing a newer export
-- into a calendar program updates the event instead of adding a second one.
CREATE TABLE event (
    id                         INTEGER PRIMARY KEY,
    edition_id                 INTEGER NOT NULL REFERENCES edition(id) ON DELETE CASCADE,
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
    UNIQUE (edition_id, kind, number)
);
CREATE INDEX event_date ON event(event_date, start_time);

-- The development regions an event is for.
CREATE TABLE event_region (
    event_id   INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
    region_id  INTEGER NOT NULL REFERENCES region(id),
    PRIMARY KEY (event_id, region_id)
);
CREATE INDEX event_region_region ON event_region(region_id, event_id);

-- The co-organizers of an event: organizations, normally partners of the event's edition (one
-- that is not is allowed, with a warning).
CREATE TABLE event_coorganizer (
    event_id         INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
    organization_id  INTEGER NOT NULL REFERENCES organization(id),
    position         INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (event_id, organization_id)
);
CREATE INDEX event_coorganizer_organization ON event_coorganizer(organization_id);

-- The organizations that attended an event.
CREATE TABLE event_attendee (
    event_id         INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
    organization_id  INTEGER NOT NULL REFERENCES organization(id),
    PRIMARY KEY (event_id, organization_id)
);
CREATE INDEX event_attendee_organization ON event_attendee(organization_id);
