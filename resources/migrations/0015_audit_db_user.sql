-- Dialog Civic schema, step 15: the audit log names the database user beside the OS user
-- (issue 18). On a PostgreSQL server the server fills it with the user signed in (session_user);
-- a file has no database user, so here it stays empty (NULL), as in every row written before.
ALTER TABLE audit_log ADD COLUMN db_user TEXT;
