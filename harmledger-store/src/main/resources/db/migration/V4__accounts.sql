-- Accounts of the people who sign in to the web application, and their sessions. Portable SQL:
-- SQLite and PostgreSQL both run it unchanged. Passwords are stored only as bcrypt hashes and
-- session tokens only as SHA-256 hashes, so a copy of the database lets nobody sign in.

CREATE TABLE accounts (
  name          VARCHAR(64)  NOT NULL PRIMARY KEY,
  role          VARCHAR(16)  NOT NULL,
  password_hash VARCHAR(100) NOT NULL,
  created_at    VARCHAR(40)  NOT NULL
);

CREATE TABLE sessions (
  token_hash VARCHAR(64) NOT NULL PRIMARY KEY,
  account    VARCHAR(64) NOT NULL REFERENCES accounts (name),
  csrf_token VARCHAR(64) NOT NULL,
  created_at VARCHAR(40) NOT NULL,
  expires_at VARCHAR(40) NOT NULL
);
CREATE INDEX sessions_account ON sessions (account);
