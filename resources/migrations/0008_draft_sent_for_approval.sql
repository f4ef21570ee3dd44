-- Dialog Civic schema, step 8: the day a draft act was sent to other authorities for their
-- endorsement ("supunerea spre avizare"). Art. 7(2) of Law 52/2003 counts its 30 working days
-- from the announcement up to this day, which is not the submission for adoption (submitted_on).
-- Existing drafts get no date: the program does not guess it from submitted_on or adopted_on, and
-- warns that art. 7(2) cannot be checked until someone enters it.
-- Dates are ISO text (YYYY-MM-DD). Applied in one transaction by Database::migrate().

ALTER TABLE draft_act ADD COLUMN sent_for_approval_on TEXT;
