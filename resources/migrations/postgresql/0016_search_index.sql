-- Dialog Civic schema for PostgreSQL, step 16 (an upgrade of a server database at version 15, run
-- by dc::postgres::upgradeSchema() as the owner of the tables, in one transaction; a database
-- created now gets 0014_schema.sql, then 0015 and this). Two changes to the search as one types,
-- measured at a million organizations and 100,000 (with psql and bench_registry, 2026-12-07).

-- The trigram index of the folded name goes. No query has used it since step 15, whose search
-- reads the generated column search_text through its own trigram index; yet the server kept it up
-- to date at every insert and update of an organization: at 100,000 organizations, some 4 of the
-- 7 seconds the server takes to store them. The equality look-ups of the folded name keep their
-- B-tree index (organization_name_folded).
DROP INDEX organization_name_trgm;

-- The searched text becomes its words, each after one space, as SQLite's FTS5 splits them (any
-- run of characters that are not letters or digits is a space): a word typed is then found at the
-- beginning of a word with LIKE '% word%', whose trigrams include the word's beginning (" wo"),
-- so the index proposes only the rows with a word that begins so. The regular expression of step
-- 15 ('\m' || word) gets no trigram from its word boundary: a prefix that begins no word yet sits
-- inside many (“int”, inside every “științifică”) had the server check 160,000 rows one by one,
-- 214 ms, against some 50 ms now. A generated column's expression cannot be changed in place: the
-- column and its index are made again.
DROP INDEX organization_search_trgm;
ALTER TABLE organization DROP COLUMN search_text;
CREATE OR REPLACE FUNCTION dialogcivic_search_text(name text, acronym text, locality text,
                                                   cif text, purposes text)
    RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT ' ' || regexp_replace(
        lower(public.unaccent('public.unaccent'::regdictionary,
                              concat_ws(' ', name, acronym, locality, cif, purposes))),
        '[^[:alnum:]]+', ' ', 'g')
$$;
ALTER TABLE organization ADD COLUMN search_text text
    GENERATED ALWAYS AS (dialogcivic_search_text(name, acronym, locality, cif, purposes)) STORED;
CREATE INDEX organization_search_trgm ON organization USING gin (search_text gin_trgm_ops);
