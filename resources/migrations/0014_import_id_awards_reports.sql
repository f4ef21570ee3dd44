-- Dialog Civic schema, step 14: the records an award list or a batch of annual reports adds or
-- changes carry the import's id, as organizations do since step 13. Such an import writes no audit
-- row per added record: its data_import row says what it did; a record it changes still gets an
-- audit row with its old values, marked with the import's id.
ALTER TABLE funding_award ADD COLUMN import_id INTEGER REFERENCES data_import(id);
ALTER TABLE transparency_report ADD COLUMN import_id INTEGER REFERENCES data_import(id);
