-- The evidence ledger: reports, their working copies and receipts, the custody chain,
-- extraction results and near-duplicate fingerprints. Portable SQL: SQLite and PostgreSQL both
-- run it unchanged, so times are ISO-8601 UTC text and no table relies on auto-increment.

CREATE TABLE reports (
  id               VARCHAR(64)  NOT NULL PRIMARY KEY,
  report_no        BIGINT       NOT NULL UNIQUE,
  original_name    TEXT,
  media_type       VARCHAR(255) NOT NULL,
  byte_size        BIGINT       NOT NULL,
  title            TEXT,
  publisher        TEXT,
  url              TEXT,
  published        VARCHAR(10),
  published_from   VARCHAR(16)  NOT NULL,
  language         VARCHAR(16),
  kind             VARCHAR(32)  NOT NULL,
  received_at      VARCHAR(40)  NOT NULL,
  republication_of VARCHAR(64)  REFERENCES reports (id)
);
CREATE INDEX reports_republication_of ON reports (republication_of);

CREATE TABLE working_copies (
  report_id       VARCHAR(64) NOT NULL PRIMARY KEY REFERENCES reports (id),
  body            TEXT        NOT NULL,
  metadata_json   TEXT        NOT NULL,
  body_sha256     VARCHAR(64) NOT NULL,
  metadata_sha256 VARCHAR(64) NOT NULL
);

CREATE TABLE custody_entries (
  seq           BIGINT      NOT NULL PRIMARY KEY,
  recorded_at   VARCHAR(40) NOT NULL,
  actor         TEXT        NOT NULL,
  action        VARCHAR(32) NOT NULL,
  subject       TEXT        NOT NULL,
  details       TEXT        NOT NULL,
  previous_hash VARCHAR(64) NOT NULL,
  entry_hash    VARCHAR(64) NOT NULL
);
CREATE INDEX custody_entries_subject ON custody_entries (subject);

-- One row each time bytes arrive, the first time included; custody_seq is its "received" entry.
CREATE TABLE receipts (
  custody_seq BIGINT      NOT NULL PRIMARY KEY,
  report_id   VARCHAR(64) NOT NULL REFERENCES reports (id),
  source      TEXT        NOT NULL,
  received_at VARCHAR(40) NOT NULL
);
CREATE INDEX receipts_report ON receipts (report_id);

CREATE TABLE extraction_runs (
  report_id       VARCHAR(64)  NOT NULL REFERENCES reports (id),
  rule_set_hash   VARCHAR(128) NOT NULL,
  extracted_at    VARCHAR(40)  NOT NULL,
  assertion_count INTEGER      NOT NULL,
  PRIMARY KEY (report_id, rule_set_hash)
);

CREATE TABLE assertions (
  report_id      VARCHAR(64)  NOT NULL,
  rule_set_hash  VARCHAR(128) NOT NULL,
  idx            INTEGER      NOT NULL,
  assertion_json TEXT         NOT NULL,
  event_type     VARCHAR(64)  NOT NULL,
  date_start     VARCHAR(10),
  date_end       VARCHAR(10),
  admin1         TEXT,
  perpetrator_id VARCHAR(128),
  is_primary     BOOLEAN      NOT NULL,
  PRIMARY KEY (report_id, rule_set_hash, idx),
  FOREIGN KEY (report_id, rule_set_hash) REFERENCES extraction_runs (report_id, rule_set_hash)
);
CREATE INDEX assertions_event_type ON assertions (event_type);
CREATE INDEX assertions_date_start ON assertions (date_start);
CREATE INDEX assertions_admin1 ON assertions (admin1);
CREATE INDEX assertions_perpetrator ON assertions (perpetrator_id);

CREATE TABLE minhash_signatures (
  report_id VARCHAR(64) NOT NULL PRIMARY KEY REFERENCES reports (id),
  signature TEXT        NOT NULL
);

CREATE TABLE minhash_bands (
  band_key  VARCHAR(24) NOT NULL,
  report_id VARCHAR(64) NOT NULL REFERENCES reports (id),
  PRIMARY KEY (band_key, report_id)
);
