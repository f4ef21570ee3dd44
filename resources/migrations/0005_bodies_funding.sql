-- Dialog Civic schema, step 5: consultative bodies (councils, colleges, inter-ministerial
-- committees, working groups) with their members, mandates and meetings; the public funding of
-- NGOs: the calls of an institution and the awards made under them.
-- Money is kept as whole bani (INTEGER), never as a floating-point number. Dates are ISO text
-- (YYYY-MM-DD), booleans 0/1. Applied in one transaction by Database::migrate().

CREATE TABLE consultative_body (
    id                         INTEGER PRIMARY KEY,
    name                       TEXT NOT NULL CHECK (length(name) > 0),
    name_sort                  TEXT NOT NULL,
    name_folded                TEXT NOT NULL UNIQUE,
    kind                       TEXT NOT NULL
                               CHECK (kind IN ('council', 'college', 'interministerial_committee', 'working_group')),
    act_number                 TEXT,
    act_date                   TEXT,
    secretariat_institution_id INTEGER REFERENCES institution(id),
    purpose                    TEXT,
    mandate_months             INTEGER CHECK (mandate_months IS NULL OR mandate_months > 0),
    quorum                     INTEGER CHECK (quorum IS NULL OR quorum > 0),
    status                     TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'dissolved')),
    active_from                TEXT,
    dissolved_on               TEXT,
    notes                      TEXT,
    created_at                 TEXT NOT NULL,
    updated_at                 TEXT NOT NULL
);
CREATE INDEX consultative_body_name_sort ON consultative_body(name_sort, id);

CREATE TABLE body_member (
    id               INTEGER PRIMARY KEY,
    body_id          INTEGER NOT NULL REFERENCES consultative_body(id) ON DELETE CASCADE,
    organization_id  INTEGER REFERENCES organization(id),
    institution_id   INTEGER REFERENCES institution(id),
    representative   TEXT,
    role             TEXT NOT NULL DEFAULT 'member'
                     CHECK (role IN ('member', 'alternate', 'chair', 'secretariat')),
    mandate_start    TEXT NOT NULL,
    mandate_end      TEXT,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    CHECK ((organization_id IS NULL) <> (institution_id IS NULL))
);
CREATE INDEX body_member_body ON body_member(body_id, mandate_start);
CREATE INDEX body_member_organization ON body_member(organization_id);
CREATE INDEX body_member_institution ON body_member(institution_id);
CREATE INDEX body_member_end ON body_member(mandate_end);

CREATE TABLE body_meeting (
    id                 INTEGER PRIMARY KEY,
    body_id            INTEGER NOT NULL REFERENCES consultative_body(id) ON DELETE CASCADE,
    held_on            TEXT NOT NULL,
    agenda             TEXT,
    decisions          TEXT,
    minutes_published  INTEGER NOT NULL DEFAULT 0 CHECK (minutes_published IN (0, 1)),
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL
);
CREATE INDEX body_meeting_body ON body_meeting(body_id, held_on);

-- Which members came to a meeting.
CREATE TABLE body_meeting_attendance (
    meeting_id  INTEGER NOT NULL REFERENCES body_meeting(id) ON DELETE CASCADE,
    member_id   INTEGER NOT NULL REFERENCES body_member(id) ON DELETE CASCADE,
    PRIMARY KEY (meeting_id, member_id)
);
CREATE INDEX body_meeting_attendance_member ON body_meeting_attendance(member_id);

CREATE TABLE funding_call (
    id                   INTEGER PRIMARY KEY,
    institution_id       INTEGER NOT NULL REFERENCES institution(id),
    name                 TEXT NOT NULL CHECK (length(name) > 0),
    name_folded          TEXT NOT NULL,
    year                 INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2100),
    domain_id            INTEGER REFERENCES domain(id),
    budget_bani          INTEGER NOT NULL DEFAULT 0 CHECK (budget_bani >= 0),
    opens_on             TEXT,
    submission_deadline  TEXT,
    results_on           TEXT,
    notes                TEXT,
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL,
    UNIQUE (institution_id, year, name_folded)
);
CREATE INDEX funding_call_year ON funding_call(year, institution_id);

CREATE TABLE funding_award (
    id                     INTEGER PRIMARY KEY,
    call_id                INTEGER NOT NULL REFERENCES funding_call(id),
    organization_id        INTEGER NOT NULL REFERENCES organization(id),
    project                TEXT NOT NULL CHECK (length(project) > 0),
    requested_bani         INTEGER NOT NULL DEFAULT 0 CHECK (requested_bani >= 0),
    granted_bani           INTEGER NOT NULL DEFAULT 0 CHECK (granted_bani >= 0),
    paid_bani              INTEGER NOT NULL DEFAULT 0 CHECK (paid_bani >= 0),
    own_contribution_bani  INTEGER NOT NULL DEFAULT 0 CHECK (own_contribution_bani >= 0),
    contract_number        TEXT UNIQUE,
    contract_date          TEXT,
    starts_on              TEXT,
    ends_on                TEXT,
    status                 TEXT NOT NULL DEFAULT 'contracted'
                           CHECK (status IN ('contracted', 'paid', 'settled', 'cancelled', 'reimbursed')),
    created_at             TEXT NOT NULL,
    updated_at             TEXT NOT NULL
);
CREATE INDEX funding_award_call ON funding_award(call_id);
CREATE INDEX funding_award_organization ON funding_award(organization_id);
