-- Dialog Civic schema, step 6: documents. The program synthesis of an edition is generated from
-- the records; only its introduction and conclusion are written by hand, and they are kept with
-- the edition so that the next synthesis of the same edition says the same.
-- Applied in one transaction by Database::migrate().

ALTER TABLE edition ADD COLUMN synthesis_introduction TEXT;
ALTER TABLE edition ADD COLUMN synthesis_conclusion TEXT;
