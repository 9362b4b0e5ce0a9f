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

-- Claimants: public fields, and personal data (names, contact) apart.
CREATE TABLE claimants (
  id          VARCHAR(128) NOT NULL PRIMARY KEY,
  family_id   VARCHAR(128),
  custody_seq BIGINT       NOT NULL
);

CREATE TABLE claimant_personal (
  claimant_id VARCHAR(128) NOT NULL PRIMARY KEY REFERENCES claimants (id),
  given_name  TEXT,
  father_name TEXT,
  family_name TEXT,
  arabic_name TEXT,
  aliases     TEXT,
  phone       TEXT,
  email       TEXT,
  address     TEXT
);

CREATE TABLE claimant_relationships (
  claimant_id VARCHAR(128) NOT NULL REFERENCES claimants (id),
  victim_id   VARCHAR(128) NOT NULL,
  kinship     VARCHAR(32)  NOT NULL,
  PRIMARY KEY (claimant_id, victim_id)
);

-- Claims; victim ids and supporting documents (evidence SHA-256) are '|'-separated.
CREATE TABLE claims (
  id            VARCHAR(128) NOT NULL PRIMARY KEY,
  claimant_id   VARCHAR(128) NOT NULL REFERENCES claimants (id),
  incident_id   VARCHAR(128),
  loss_category VARCHAR(64)  NOT NULL,
  victim_ids    TEXT         NOT NULL,
  documents     TEXT         NOT NULL
);
CREATE INDEX claims_claimant ON claims (claimant_id);

-- The review history: step 0 is the submission.
CREATE TABLE claim_steps (
  claim_id    VARCHAR(128) NOT NULL REFERENCES claims (id),
  step_no     INTEGER      NOT NULL,
  from_status VARCHAR(32),
  to_status   VARCHAR(32)  NOT NULL,
  reviewer    TEXT         NOT NULL,
  role        VARCHAR(32)  NOT NULL,
  stepped_at  VARCHAR(40)  NOT NULL,
  reason      TEXT         NOT NULL,
  custody_seq BIGINT       NOT NULL,
  PRIMARY KEY (claim_id, step_no)
);

-- The flags of the latest batch run (replaced by each run), and people's clearances (kept). A flag id
-- names its kind, claims and victims, so it can be long: TEXT, not VARCHAR.
CREATE TABLE claim_flags (
  id         TEXT         NOT NULL PRIMARY KEY,
  kind       VARCHAR(64)  NOT NULL,
  reason     TEXT         NOT NULL,
  claim_ids  TEXT         NOT NULL,
  victim_ids TEXT         NOT NULL
);

CREATE TABLE flag_clearances (
  custody_seq BIGINT       NOT NULL PRIMARY KEY,
  flag_id     TEXT         NOT NULL,
  actor       TEXT         NOT NULL,
  cleared_at  VARCHAR(40)  NOT NULL,
  reason      TEXT         NOT NULL
);

-- Erasures of personal data: what was erased is gone; its hash and the decision stay.
CREATE TABLE tombstones (
  custody_seq   BIGINT       NOT NULL PRIMARY KEY,
  subject_kind  VARCHAR(16)  NOT NULL,
  subject_id    VARCHAR(128) NOT NULL,
  erased_at     VARCHAR(40)  NOT NULL,
  actor         TEXT         NOT NULL,
  reason        TEXT         NOT NULL,
  erased_sha256 VARCHAR(64)  NOT NULL
);
