-- Incremental resolution also files each report's dated but unplaced event units (rule
-- incident.sole-candidate places them), flagged "unplaced", and finds them, and the units they
-- may be about, by days in any country. Resolution state is derived data: emptying
-- resolved_reports makes the next run resolve everything again and file the unplaced units of
-- reports resolved before this migration.
-- Portable SQL: SQLite and PostgreSQL run it unchanged.

ALTER TABLE resolution_units ADD COLUMN unplaced BOOLEAN NOT NULL DEFAULT FALSE;
CREATE INDEX resolution_units_unplaced_days ON resolution_units (unplaced, day_lo);

DELETE FROM resolved_reports;
