-- Dialog Civic schema, step 4: the national NGO register (Registrul National ONG) of the Ministry
-- of Justice: each import of one of its workbooks, and what each import changed.
-- The register's own fields live on the organization table (legal_form, status, purposes,
-- public_utility, registry_number, county, locality, address); these tables keep the history.

CREATE TABLE register_import (
    id              INTEGER PRIMARY KEY,
    file_name       TEXT NOT NULL,
    sha256          TEXT NOT NULL,
    kind            TEXT NOT NULL CHECK (kind IN ('association', 'foundation', 'federation', 'union')),
    imported_at     TEXT NOT NULL,
    os_user         TEXT NOT NULL,
    rows_read       INTEGER NOT NULL CHECK (rows_read >= 0),
    added           INTEGER NOT NULL CHECK (added >= 0),
    changed         INTEGER NOT NULL CHECK (changed >= 0),
    status_changed  INTEGER NOT NULL CHECK (status_changed >= 0),
    unchanged       INTEGER NOT NULL CHECK (unchanged >= 0),
    rejected        INTEGER NOT NULL CHECK (rejected >= 0)
);
CREATE INDEX register_import_sha256 ON register_import(sha256);
CREATE INDEX register_import_date ON register_import(imported_at, id);

-- One row per change an import made to one organization. Name, registry number and county are
-- copied as they were after the change, so that the feed reads the same after later edits.
CREATE TABLE register_change (
    id               INTEGER PRIMARY KEY,
    import_id        INTEGER NOT NULL REFERENCES register_import(id) ON DELETE CASCADE,
    organization_id  INTEGER REFERENCES organization(id) ON DELETE SET NULL,
    kind             TEXT NOT NULL CHECK (kind IN ('added', 'dissolved', 'struck_off', 'in_liquidation',
                                                   'renamed', 'moved_county', 'other')),
    field            TEXT,
    old_value        TEXT,
    new_value        TEXT,
    registry_number  TEXT NOT NULL,
    name             TEXT NOT NULL,
    county_id        INTEGER REFERENCES county(id)
);
CREATE INDEX register_change_import ON register_change(import_id, id);
CREATE INDEX register_change_county ON register_change(county_id, import_id);
CREATE INDEX register_change_organization ON register_change(organization_id);

-- The purposes (initial and amendments) become searchable: the full-text index gains a column.
-- An external-content FTS5 table cannot be altered, so it is made again and rebuilt from the
-- organization table; the weights keep a match in the name first.
DROP TRIGGER organization_fts_insert;
DROP TRIGGER organization_fts_delete;
DROP TRIGGER organization_fts_update;
DROP TABLE organization_fts;
CREATE VIRTUAL TABLE organization_fts USING fts5(
    name, acronym, locality, cif, purposes,
    content = 'organization', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO organization_fts(organization_fts, rank) VALUES ('rank', 'bm25(10.0, 10.0, 2.0, 10.0, 1.0)');
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
INSERT INTO organization_fts(organization_fts) VALUES ('rebuild');
