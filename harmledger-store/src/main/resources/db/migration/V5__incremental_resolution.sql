-- What incremental resolution keeps between runs, so a new report's assertions re-resolve only
-- the incidents they touch: which extraction run of each report was resolved, each report's
-- matchable units filed by country, first-order admin area (as a matching key) and days (epoch
-- days, inclusive), the automatic grouping before curation, and the statements that answer no
-- recorded incident. Derived data like the incident tables: a full run rebuilds it.
-- Portable SQL: SQLite and PostgreSQL run it unchanged.

CREATE TABLE resolved_reports (
  report_id     VARCHAR(64)  NOT NULL PRIMARY KEY,
  rule_set_hash VARCHAR(128) NOT NULL
);

CREATE TABLE resolution_units (
  anchor_id  VARCHAR(128) NOT NULL PRIMARY KEY,
  report_id  VARCHAR(64)  NOT NULL,
  country    VARCHAR(8)   NOT NULL,
  admin1_key TEXT         NOT NULL,
  day_lo     INTEGER      NOT NULL,
  day_hi     INTEGER      NOT NULL
);
CREATE INDEX resolution_units_days ON resolution_units (country, day_lo);

CREATE TABLE automatic_members (
  assertion_id VARCHAR(128)     NOT NULL PRIMARY KEY,
  incident_id  VARCHAR(32)      NOT NULL,
  score        DOUBLE PRECISION NOT NULL,
  how          VARCHAR(16)      NOT NULL
);
CREATE INDEX automatic_members_incident ON automatic_members (incident_id);

CREATE TABLE unattached_statements (
  assertion_id VARCHAR(128) NOT NULL PRIMARY KEY,
  report_id    VARCHAR(64)  NOT NULL,
  event_type   VARCHAR(64)  NOT NULL
);
CREATE INDEX unattached_statements_report ON unattached_statements (report_id);
