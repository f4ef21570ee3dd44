-- Dialog Civic schema for PostgreSQL, step 15 (an upgrade of a server database at version 14,
-- run by dc::postgres::upgradeSchema() as the owner of the tables, in one transaction; a database
-- created now gets 0014_schema.sql and then this): the audit log names the database user who made
-- each change beside the OS user. The server fills it with the user signed in (session_user), so
-- that the program cannot give another name by mistake; the rows written before stay NULL
-- (unknown), rather than all taking the name of whoever ran the upgrade, which a default given in
-- ADD COLUMN would do.
ALTER TABLE audit_log ADD COLUMN db_user text;
ALTER TABLE audit_log ALTER COLUMN db_user SET DEFAULT session_user;

-- The search as one types through a trigram index (SQLite: FTS5). The searched text (name,
-- acronym, locality, fiscal code, purposes) folded as the program folds the words typed, kept in
-- a generated column so that a match is checked on the stored text, not folded again for every
-- row the index proposes. unaccent is only STABLE (its dictionary could change): the function
-- that folds is declared IMMUTABLE, with the dictionary named, as a generated column and an
-- index need (the way unaccent's documentation suggests).
CREATE FUNCTION dialogcivic_search_text(name text, acronym text, locality text, cif text,
                                        purposes text)
    RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT lower(public.unaccent('public.unaccent'::regdictionary,
                                 concat_ws(' ', name, acronym, locality, cif, purposes)))
$$;
ALTER TABLE organization ADD COLUMN search_text text
    GENERATED ALWAYS AS (dialogcivic_search_text(name, acronym, locality, cif, purposes)) STORED;
CREATE INDEX organization_search_trgm ON organization USING gin (search_text gin_trgm_ops);

-- Live updates: a database made before the change triggers existed (an early build of issue 18)
-- gets them now, on every table that lacks one.
CREATE OR REPLACE FUNCTION dialogcivic_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('dialogcivic_changes', TG_TABLE_NAME);
    RETURN NULL;
END;
$$;

DO $$
DECLARE
    t record;
BEGIN
    FOR t IN SELECT tablename FROM pg_tables
             WHERE schemaname = current_schema()
               AND NOT EXISTS (SELECT 1 FROM pg_trigger
                               WHERE tgrelid = format('%I', tablename)::regclass
                                 AND tgname = tablename || '_notify_change') LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I '
                       'FOR EACH STATEMENT EXECUTE FUNCTION dialogcivic_notify_change()',
                       t.tablename || '_notify_change', t.tablename);
    END LOOP;
END;
$$;
