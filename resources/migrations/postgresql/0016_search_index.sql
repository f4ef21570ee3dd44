-- Dialog Civic schema for PostgreSQL, step 16 (an upgrade of a server database at version 15, run
-- by dc::postgres::upgradeSchema() as the owner of the tables, in one transaction; a database
-- created now gets 0014_schema.sql, then 0015 and this): the trigram index of the folded name goes.
-- No query has used it since step 15, whose search reads the generated column search_text through
-- its own trigram index (organization_search_trgm); yet the server kept it up to date at every
-- insert and update of an organization: at 100,000 organizations, some 4 of the 7 seconds the
-- server takes to store them (measured with psql on 2026-12-07). The equality look-ups of the
-- folded name keep their B-tree index (organization_name_folded).
DROP INDEX organization_name_trgm;
