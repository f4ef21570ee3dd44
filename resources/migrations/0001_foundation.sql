-- Dialog Civic schema, step 1: reference data, organizations, domains, audit log, search.
-- Applied in one transaction by Database::migrate(); PRAGMA user_version is set after it.

CREATE TABLE region (
    id        INTEGER PRIMARY KEY,
    code      TEXT NOT NULL UNIQUE,
    name      TEXT NOT NULL UNIQUE,
    sort_key  TEXT NOT NULL
);

CREATE TABLE county (
    id         INTEGER PRIMARY KEY,
    code       TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL UNIQUE,
    region_id  INTEGER NOT NULL REFERENCES region(id),
    sort_key   TEXT NOT NULL
);
CREATE INDEX county_region ON county(region_id);

CREATE TABLE domain (
    id        INTEGER PRIMARY KEY,
    name      TEXT NOT NULL,
    folded    TEXT NOT NULL UNIQUE,
    sort_key  TEXT NOT NULL
);

CREATE TABLE organization (
    id               INTEGER PRIMARY KEY,
    name             TEXT NOT NULL CHECK (length(name) > 0),
    name_sort        TEXT NOT NULL,
    name_folded      TEXT NOT NULL,
    acronym          TEXT,
    kind             TEXT NOT NULL DEFAULT 'ngo'
                     CHECK (kind IN ('ngo', 'associative_structure')),
    legal_form       TEXT
                     CHECK (legal_form IN ('association', 'foundation', 'federation', 'union', 'branch')),
    status           TEXT NOT NULL DEFAULT 'active'
                     CHECK (status IN ('active', 'in_liquidation', 'dissolved', 'struck_off')),
    purposes         TEXT,
    public_utility   TEXT,
    cif              TEXT UNIQUE,
    registry_number  TEXT UNIQUE,
    registry_date    TEXT,
    county_id        INTEGER NOT NULL REFERENCES county(id),
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
CREATE INDEX organization_name_sort ON organization(name_sort, id);
CREATE INDEX organization_county_name ON organization(county_id, name_sort, id);
CREATE INDEX organization_name_folded ON organization(name_folded, county_id);

CREATE TABLE organization_domain (
    organization_id  INTEGER NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
    domain_id        INTEGER NOT NULL REFERENCES domain(id),
    PRIMARY KEY (organization_id, domain_id)
);
CREATE INDEX organization_domain_domain ON organization_domain(domain_id, organization_id);

CREATE TABLE organization_alias (
    id               INTEGER PRIMARY KEY,
    organization_id  INTEGER NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
    name             TEXT NOT NULL,
    UNIQUE (organization_id, name)
);

CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    table_name  TEXT NOT NULL,
    row_id      INTEGER NOT NULL,
    action      TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
    old_values  TEXT,
    new_values  TEXT,
    os_user     TEXT NOT NULL,
    changed_at  TEXT NOT NULL
);
CREATE INDEX audit_log_row ON audit_log(table_name, row_id);

-- Search (SQLite only): FTS5 over the organization table, folding case and diacritics so that
-- "asociatia", "Asociaţia" and "Asociația" find each other. Kept in sync by triggers.
CREATE VIRTUAL TABLE organization_fts USING fts5(
    name, acronym, locality, cif,
    content = 'organization', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER organization_fts_insert AFTER INSERT ON organization BEGIN
    INSERT INTO organization_fts(rowid, name, acronym, locality, cif)
    VALUES (new.id, new.name, new.acronym, new.locality, new.cif);
END;
CREATE TRIGGER organization_fts_delete AFTER DELETE ON organization BEGIN
    INSERT INTO organization_fts(organization_fts, rowid, name, acronym, locality, cif)
    VALUES ('delete', old.id, old.name, old.acronym, old.locality, old.cif);
END;
CREATE TRIGGER organization_fts_update AFTER UPDATE OF name, acronym, locality, cif ON organization BEGIN
    INSERT INTO organization_fts(organization_fts, rowid, name, acronym, locality, cif)
    VALUES ('delete', old.id, old.name, old.acronym, old.locality, old.cif);
    INSERT INTO organization_fts(rowid, name, acronym, locality, cif)
    VALUES (new.id, new.name, new.acronym, new.locality, new.cif);
END;

-- Reference data: the 8 development regions and the 41 counties plus Bucharest. The sort keys
-- are filled in by the program after the migration (Romanian alphabetical order).
INSERT INTO region (id, code, name, sort_key) VALUES
    (1, 'NE', 'Nord-Est', ''),
    (2, 'SE', 'Sud-Est', ''),
    (3, 'SM', 'Sud-Muntenia', ''),
    (4, 'SVO', 'Sud-Vest Oltenia', ''),
    (5, 'V', 'Vest', ''),
    (6, 'NV', 'Nord-Vest', ''),
    (7, 'C', 'Centru', ''),
    (8, 'BI', 'București-Ilfov', '');

-- Counties are listed in Romanian alphabetical order, so that ordering by county id is ordering
-- by county name (the organization table sorts by county through an index).
INSERT INTO county (id, code, name, region_id, sort_key) VALUES
    (1, 'AB', 'Alba', 7, ''),
    (2, 'AR', 'Arad', 5, ''),
    (3, 'AG', 'Argeș', 3, ''),
    (4, 'BC', 'Bacău', 1, ''),
    (5, 'BH', 'Bihor', 6, ''),
    (6, 'BN', 'Bistrița-Năsăud', 6, ''),
    (7, 'BT', 'Botoșani', 1, ''),
    (8, 'BV', 'Brașov', 7, ''),
    (9, 'BR', 'Brăila', 2, ''),
    (10, 'B', 'București', 8, ''),
    (11, 'BZ', 'Buzău', 2, ''),
    (12, 'CS', 'Caraș-Severin', 5, ''),
    (13, 'CL', 'Călărași', 3, ''),
    (14, 'CJ', 'Cluj', 6, ''),
    (15, 'CT', 'Constanța', 2, ''),
    (16, 'CV', 'Covasna', 7, ''),
    (17, 'DB', 'Dâmbovița', 3, ''),
    (18, 'DJ', 'Dolj', 4, ''),
    (19, 'GL', 'Galați', 2, ''),
    (20, 'GR', 'Giurgiu', 3, ''),
    (21, 'GJ', 'Gorj', 4, ''),
    (22, 'HR', 'Harghita', 7, ''),
    (23, 'HD', 'Hunedoara', 5, ''),
    (24, 'IL', 'Ialomița', 3, ''),
    (25, 'IS', 'Iași', 1, ''),
    (26, 'IF', 'Ilfov', 8, ''),
    (27, 'MM', 'Maramureș', 6, ''),
    (28, 'MH', 'Mehedinți', 4, ''),
    (29, 'MS', 'Mureș', 7, ''),
    (30, 'NT', 'Neamț', 1, ''),
    (31, 'OT', 'Olt', 4, ''),
    (32, 'PH', 'Prahova', 3, ''),
    (33, 'SM', 'Satu Mare', 6, ''),
    (34, 'SJ', 'Sălaj', 6, ''),
    (35, 'SB', 'Sibiu', 7, ''),
    (36, 'SV', 'Suceava', 1, ''),
    (37, 'TR', 'Teleorman', 3, ''),
    (38, 'TM', 'Timiș', 5, ''),
    (39, 'TL', 'Tulcea', 2, ''),
    (40, 'VS', 'Vaslui', 1, ''),
    (41, 'VL', 'Vâlcea', 4, ''),
    (42, 'VN', 'Vrancea', 2, '');

-- The four associative structures of local authorities, partners of the office's programs.
INSERT INTO organization (name, name_sort, name_folded, acronym, kind, legal_form, county_id,
                          locality, created_at, updated_at)
SELECT v.name, '', '', v.acronym, 'associative_structure', 'association', c.id, 'București',
       strftime('%Y-%m-%dT%H:%M:%S', 'now'), strftime('%Y-%m-%dT%H:%M:%S', 'now')
FROM (SELECT 'Uniunea Națională a Consiliilor Județene din România' AS name, 'UNCJR' AS acronym
      UNION ALL SELECT 'Asociația Municipiilor din România', 'AMR'
      UNION ALL SELECT 'Asociația Orașelor din România', 'AOR'
      UNION ALL SELECT 'Asociația Comunelor din România', 'ACoR') AS v
JOIN county c ON c.code = 'B';
