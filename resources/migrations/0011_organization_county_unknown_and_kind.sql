-- Dialog Civic schema, step 11: an organization's county may be unknown, and an organization is
-- an NGO, an association of local authorities or another kind of partner (issue 15).
-- - County: the seeds name the promoters of the 2021 edition but not the seat of most of them; a
--   county guessed from a name or from the regions of a videoconference was printed as fact in
--   the NGO evidence. Unknown is NULL, shown as "nedeterminat" and counted apart.
-- - Kind: the four associative structures of local authorities (UNCJR, AMR, AOR, ACoR) are
--   partners of the office's programs, not NGOs; 'other_partner' is for any other partner that
--   is not an NGO. The NGO evidence and the NGO counts count kind 'ngo' only.
-- SQLite cannot drop NOT NULL nor change a CHECK in place, so the table is rebuilt with the same
-- ids: the migration runs with foreign keys off and Database::migrate() runs PRAGMA
-- foreign_key_check before committing, so every row that refers to an organization keeps it.
-- The indexes and the search triggers go with the old table and are made again here.
-- Applied in one transaction by Database::migrate().

CREATE TABLE organization_rebuilt (
    id               INTEGER PRIMARY KEY,
    name             TEXT NOT NULL CHECK (length(name) > 0),
    name_sort        TEXT NOT NULL,
    name_folded      TEXT NOT NULL,
    acronym          TEXT,
    kind             TEXT NOT NULL DEFAULT 'ngo'
                     CHECK (kind IN ('ngo', 'associative_structure', 'other_partner')),
    legal_form       TEXT
                     CHECK (legal_form IN ('association', 'foundation', 'federation', 'union', 'branch')),
    status           TEXT NOT NULL DEFAULT 'active'
                     CHECK (status IN ('active', 'in_liquidation', 'dissolved', 'struck_off')),
    purposes         TEXT,
    public_utility   TEXT,
    cif              TEXT UNIQUE,
    registry_number  TEXT UNIQUE,
    registry_date    TEXT,
    county_id        INTEGER REFERENCES county(id),
    locality         TEXT,
    address          TEXT,
    email            TEXT,
    phone            TEXT,
    website          TEXT,
    contact_person   TEXT,
    volunteer_count  INTEGER CHECK (volunteer_count IS NULL OR volunteer_count >= 0),
    volunteering     INTEGER NOT NULL DEFAULT 0 CHECK (volunteering IN (0, 1)),
    notes            TEXT,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
);
INSERT INTO organization_rebuilt
SELECT id, name, name_sort, name_folded, acronym, kind, legal_form, status, purposes, public_utility, cif,
       registry_number, registry_date, county_id, locality, address, email, phone, website, contact_person,
       volunteer_count, volunteering, notes, created_at, updated_at
FROM organization;
DROP TABLE organization;
ALTER TABLE organization_rebuilt RENAME TO organization;
CREATE INDEX organization_name_sort ON organization(name_sort, id);
CREATE INDEX organization_county_name ON organization(county_id, name_sort, id);
CREATE INDEX organization_name_folded ON organization(name_folded, county_id);
CREATE INDEX organization_kind ON organization(kind, county_id);

CREATE TRIGGER organization_fts_insert AFTER INSERT ON organization BEGIN
    INSERT INTO organization_fts(rowid, name, acronym, locality, cif, purposes)
    VALUES (new.id, new.name, new.acronym, new.locality, new.cif, new.purposes);
END;
CREATE TRIGGER organization_fts_delete AFTER DELETE ON organization BEGIN
    INSERT INTO organization_fts(organization_fts, rowid, name, acronym, locality, cif, purposes)
    VALUES ('delete', old.id, old.name, old.acronym, old.locality, old.cif, old.purposes);
END;
CREATE TRIGGER organization_fts_update AFTER UPDATE OF name, acronym, locality, cif, purposes ON organization BEGIN
    INSERT INTO organization_fts(organization_fts, rowid, name, acronym, locality, cif, purposes)
    VALUES ('delete', old.id, old.name, old.acronym, old.locality, old.cif, old.purposes);
    INSERT INTO organization_fts(rowid, name, acronym, locality, cif, purposes)
    VALUES (new.id, new.name, new.acronym, new.locality, new.cif, new.purposes);
END;

-- The four associative structures that step 1 put in București, as long as nobody has changed
-- them since: no seed gives their seat, so their county and locality become unknown.
UPDATE organization SET county_id = NULL, locality = NULL
WHERE kind = 'associative_structure' AND created_at = updated_at AND locality = 'București'
  AND acronym IN ('UNCJR', 'AMR', 'AOR', 'ACoR');
