-- Incidents as resolution establishes them, and the curation decisions people made. The
-- incident tables are derived data, replaced as a whole by each resolution run; the decisions
-- are the record and only ever grow. Portable SQL: SQLite and PostgreSQL run it unchanged.

CREATE TABLE incidents (
  id           VARCHAR(32)  NOT NULL PRIMARY KEY,
  event_type   VARCHAR(64)  NOT NULL,
  date_start   VARCHAR(10),
  date_end     VARCHAR(10),
  place_name   TEXT,
  admin1       TEXT,
  admin1_key   TEXT,
  country      VARCHAR(8),
  lat          DOUBLE PRECISION,
  lon          DOUBLE PRECISION,
  perpetrator  VARCHAR(128),
  grade        VARCHAR(16)  NOT NULL,
  killed_best  BIGINT,
  list_order   VARCHAR(64)  NOT NULL,
  summary_json TEXT         NOT NULL,
  incident_json TEXT        NOT NULL
);
CREATE INDEX incidents_date_start ON incidents (date_start);
CREATE INDEX incidents_admin1 ON incidents (admin1_key);
CREATE INDEX incidents_list_order ON incidents (list_order);
CREATE INDEX incidents_country ON incidents (country);
CREATE INDEX incidents_perpetrator ON incidents (perpetrator);
CREATE INDEX incidents_event_type ON incidents (event_type);
CREATE INDEX incidents_grade ON incidents (grade);
CREATE INDEX incidents_killed_best ON incidents (killed_best);

CREATE TABLE incident_members (
  assertion_id VARCHAR(128) NOT NULL PRIMARY KEY,
  incident_id  VARCHAR(32)  NOT NULL REFERENCES incidents (id),
  report_id    VARCHAR(64)  NOT NULL,
  score        DOUBLE PRECISION NOT NULL,
  how          VARCHAR(16)  NOT NULL
);
CREATE INDEX incident_members_incident ON incident_members (incident_id);
CREATE INDEX incident_members_report ON incident_members (report_id);

CREATE TABLE incident_sources (
  incident_id VARCHAR(32) NOT NULL REFERENCES incidents (id),
  report_id   VARCHAR(64) NOT NULL,
  publisher   TEXT,
  family      TEXT        NOT NULL,
  independent BOOLEAN     NOT NULL,
  partisan    BOOLEAN     NOT NULL,
  published   VARCHAR(10),
  PRIMARY KEY (incident_id, report_id)
);

CREATE TABLE incident_figures (
  incident_id VARCHAR(32) NOT NULL REFERENCES incidents (id),
  outcome     VARCHAR(16) NOT NULL,
  category    VARCHAR(16) NOT NULL,
  low         BIGINT      NOT NULL,
  best        BIGINT      NOT NULL,
  high        BIGINT,
  rule        VARCHAR(64) NOT NULL,
  PRIMARY KEY (incident_id, outcome, category)
);

-- seq orders decisions as they were recorded; decided_at is the time given with the decision.
CREATE TABLE curation_decisions (
  seq           BIGINT      NOT NULL PRIMARY KEY,
  decided_at    VARCHAR(40) NOT NULL,
  actor         TEXT        NOT NULL,
  kind          VARCHAR(16) NOT NULL,
  reason        TEXT        NOT NULL,
  decision_json TEXT        NOT NULL
);
