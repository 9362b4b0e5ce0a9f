-- The victims register. Public fields and personal data live in separate tables, so a public
-- query never reads a name and erasure empties one table only. Portable SQL (SQLite and
-- PostgreSQL); times are ISO-8601 UTC text. Every write also appends a custody entry whose
-- sequence number is kept here, tying the row to its audited event.

CREATE TABLE victims (
  id          VARCHAR(128) NOT NULL PRIMARY KEY,
  sex         VARCHAR(16)  NOT NULL,
  age         VARCHAR(32)  NOT NULL,
  status      VARCHAR(16)  NOT NULL,
  outcome     VARCHAR(16)  NOT NULL,
  harmed_on   VARCHAR(10),
  incident_id VARCHAR(128),
  sources     TEXT         NOT NULL,
  custody_seq BIGINT       NOT NULL
);
CREATE INDEX victims_incident ON victims (incident_id);

-- Personal data: names in Latin and Arabic script and aliases ('|'-separated).
CREATE TABLE victim_names (
  victim_id   VARCHAR(128) NOT NULL PRIMARY KEY REFERENCES victims (id),
  given_name  TEXT,
  father_name TEXT,
  family_name TEXT,
  arabic_name TEXT,
  aliases     TEXT
);

-- A person's verdict on whether two records are one person; victim_a < victim_b.
CREATE TABLE victim_merge_decisions (
  custody_seq BIGINT       NOT NULL PRIMARY KEY,
  victim_a    VARCHAR(128) NOT NULL REFERENCES victims (id),
  victim_b    VARCHAR(128) NOT NULL REFERENCES victims (id),
  verdict     VARCHAR(32)  NOT NULL,
  actor       TEXT         NOT NULL,
  decided_at  VARCHAR(40)  NOT NULL,
  reason      TEXT         NOT NULL
);
CREATE INDEX victim_merge_decisions_pair ON victim_merge_decisions (victim_a, victim_b);
