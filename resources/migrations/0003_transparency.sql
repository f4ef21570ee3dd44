-- Dialog Civic schema, step 3: decisional transparency (Law 52/2003, republished 2013).
-- Institutions with their liaison for civil society, draft normative acts with their consultation
-- and public debate, recommendations, public meetings, court cases, the annual reports received
-- and the figures entered by hand where the office has only the paper form.
-- Dates are ISO text (YYYY-MM-DD), booleans 0/1. Applied in one transaction by Database::migrate().

CREATE TABLE institution (
    id                INTEGER PRIMARY KEY,
    name              TEXT NOT NULL CHECK (length(name) > 0),
    name_sort         TEXT NOT NULL,
    name_folded       TEXT NOT NULL UNIQUE,
    kind              TEXT NOT NULL
                      CHECK (kind IN ('ministry', 'central_agency', 'other_central', 'county_council',
                                      'prefecture', 'city_hall', 'local_council', 'other_local')),
    county_id         INTEGER REFERENCES county(id),
    liaison_name      TEXT,
    liaison_function  TEXT,
    liaison_email     TEXT,
    liaison_phone     TEXT,
    notes             TEXT,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL
);
CREATE INDEX institution_name_sort ON institution(name_sort, id);

CREATE TABLE draft_act (
    id                          INTEGER PRIMARY KEY,
    institution_id              INTEGER NOT NULL REFERENCES institution(id),
    title                       TEXT NOT NULL CHECK (length(title) > 0),
    kind                        TEXT NOT NULL
                                CHECK (kind IN ('law', 'government_decision', 'emergency_ordinance',
                                                'government_ordinance', 'order', 'local_council_decision',
                                                'county_council_decision', 'other')),
    status                      TEXT NOT NULL DEFAULT 'announced'
                                CHECK (status IN ('in_preparation', 'announced', 'submitted', 'adopted', 'withdrawn')),
    announced_on                TEXT,
    announced_website           INTEGER NOT NULL DEFAULT 0 CHECK (announced_website IN (0, 1)),
    announced_headquarters      INTEGER NOT NULL DEFAULT 0 CHECK (announced_headquarters IN (0, 1)),
    announced_media             INTEGER NOT NULL DEFAULT 0 CHECK (announced_media IN (0, 1)),
    recommendations_deadline    TEXT,
    submitted_on                TEXT,
    adopted_on                  TEXT,
    procedure                   TEXT NOT NULL DEFAULT 'normal'
                                CHECK (procedure IN ('normal', 'urgency', 'exempt')),
    procedure_reason            TEXT,
    info_requests_persons       INTEGER NOT NULL DEFAULT 0 CHECK (info_requests_persons >= 0),
    info_requests_associations  INTEGER NOT NULL DEFAULT 0 CHECK (info_requests_associations >= 0),
    sent_to_persons             INTEGER NOT NULL DEFAULT 0 CHECK (sent_to_persons IN (0, 1)),
    sent_to_associations        INTEGER NOT NULL DEFAULT 0 CHECK (sent_to_associations IN (0, 1)),
    debate_requested            INTEGER NOT NULL DEFAULT 0 CHECK (debate_requested IN (0, 1)),
    debate_requester_kind       TEXT CHECK (debate_requester_kind IS NULL
                                            OR debate_requester_kind IN ('association', 'person', 'authority')),
    debate_requester_org_id     INTEGER REFERENCES organization(id) ON DELETE SET NULL,
    debate_requester_name       TEXT,
    debate_requested_on         TEXT,
    debate_held                 INTEGER NOT NULL DEFAULT 0 CHECK (debate_held IN (0, 1)),
    debate_published_on         TEXT,
    debate_held_on              TEXT,
    debate_place                TEXT,
    debate_online               INTEGER NOT NULL DEFAULT 0 CHECK (debate_online IN (0, 1)),
    debate_participants         INTEGER CHECK (debate_participants IS NULL OR debate_participants >= 0),
    notes                       TEXT,
    created_at                  TEXT NOT NULL,
    updated_at                  TEXT NOT NULL
);
CREATE INDEX draft_act_institution ON draft_act(institution_id, announced_on);
CREATE INDEX draft_act_requester ON draft_act(debate_requester_org_id);

CREATE TABLE recommendation (
    id                            INTEGER PRIMARY KEY,
    draft_id                      INTEGER NOT NULL REFERENCES draft_act(id) ON DELETE CASCADE,
    author_kind                   TEXT NOT NULL CHECK (author_kind IN ('organization', 'person')),
    author_org_id                 INTEGER REFERENCES organization(id) ON DELETE SET NULL,
    author_name                   TEXT,
    received_on                   TEXT NOT NULL,
    body                          TEXT NOT NULL,
    decision                      TEXT NOT NULL DEFAULT 'pending'
                                  CHECK (decision IN ('pending', 'accepted', 'partially_accepted', 'rejected')),
    justification                 TEXT,
    received_online               INTEGER NOT NULL DEFAULT 0 CHECK (received_online IN (0, 1)),
    rejection_justification_sent  INTEGER NOT NULL DEFAULT 0 CHECK (rejection_justification_sent IN (0, 1)),
    created_at                    TEXT NOT NULL,
    updated_at                    TEXT NOT NULL
);
CREATE INDEX recommendation_draft ON recommendation(draft_id, received_on);
CREATE INDEX recommendation_author ON recommendation(author_org_id);

CREATE TABLE public_meeting (
    id                         INTEGER PRIMARY KEY,
    institution_id             INTEGER NOT NULL REFERENCES institution(id),
    held_on                    TEXT NOT NULL,
    subject                    TEXT NOT NULL CHECK (length(subject) > 0),
    is_public                  INTEGER NOT NULL DEFAULT 1 CHECK (is_public IN (0, 1)),
    closed_reason              TEXT CHECK (closed_reason IS NULL
                                           OR closed_reason IN ('classified', 'secret_vote', 'other')),
    closed_reason_text         TEXT,
    announced_on               TEXT,
    announced_headquarters     INTEGER NOT NULL DEFAULT 0 CHECK (announced_headquarters IN (0, 1)),
    announced_website          INTEGER NOT NULL DEFAULT 0 CHECK (announced_website IN (0, 1)),
    announced_media            INTEGER NOT NULL DEFAULT 0 CHECK (announced_media IN (0, 1)),
    media_present              INTEGER NOT NULL DEFAULT 0 CHECK (media_present IN (0, 1)),
    participants               INTEGER CHECK (participants IS NULL OR participants >= 0),
    ngos_took_part             INTEGER NOT NULL DEFAULT 0 CHECK (ngos_took_part IN (0, 1)),
    recommendations_expressed  INTEGER NOT NULL DEFAULT 0 CHECK (recommendations_expressed >= 0),
    recommendations_included   INTEGER NOT NULL DEFAULT 0
                               CHECK (recommendations_included >= 0
                                      AND recommendations_included <= recommendations_expressed),
    minutes_drawn_up           INTEGER NOT NULL DEFAULT 0 CHECK (minutes_drawn_up IN (0, 1)),
    minutes_published          INTEGER NOT NULL DEFAULT 0 CHECK (minutes_published IN (0, 1)),
    created_at                 TEXT NOT NULL,
    updated_at                 TEXT NOT NULL
);
CREATE INDEX public_meeting_institution ON public_meeting(institution_id, held_on);

CREATE TABLE court_case (
    id              INTEGER PRIMARY KEY,
    institution_id  INTEGER NOT NULL REFERENCES institution(id),
    year            INTEGER NOT NULL CHECK (year BETWEEN 2003 AND 2100),
    reference       TEXT,
    subject         TEXT,
    status          TEXT NOT NULL DEFAULT 'pending'
                    CHECK (status IN ('pending', 'won_by_plaintiff', 'won_by_institution')),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE INDEX court_case_institution ON court_case(institution_id, year);

-- The annual report of an institution on applying the law, as received by the office; D is the
-- institution's own evaluation of its partnership with citizens and associations.
CREATE TABLE transparency_report (
    id               INTEGER PRIMARY KEY,
    institution_id   INTEGER NOT NULL REFERENCES institution(id),
    year             INTEGER NOT NULL,
    received_on      TEXT NOT NULL,
    self_evaluation  TEXT,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    UNIQUE (institution_id, year)
);

-- A figure of the evaluation form typed from a paper report, only where no record provides it.
CREATE TABLE transparency_manual_figure (
    id              INTEGER PRIMARY KEY,
    institution_id  INTEGER NOT NULL REFERENCES institution(id),
    year            INTEGER NOT NULL,
    code            TEXT NOT NULL,
    value           INTEGER NOT NULL CHECK (value >= 0),
    entered_by      TEXT NOT NULL,
    entered_at      TEXT NOT NULL,
    UNIQUE (institution_id, year, code)
);
