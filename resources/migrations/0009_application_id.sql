-- Dialog Civic schema, step 9: the file's mark. PRAGMA application_id = 0x44434956 ('DCIV') in
-- the header says "this SQLite file is a Dialog Civic database"; Database::open refuses a file
-- that carries another program's mark, or no mark and none of our tables, and never migrates it.
-- Applied in one transaction by Database::migrate(); databases older than this step get the mark
-- here, new ones with all the other steps.

PRAGMA application_id = 1145260374;
