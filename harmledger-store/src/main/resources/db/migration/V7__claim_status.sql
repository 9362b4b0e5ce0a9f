-- A claim's status is where its last review step led. It is kept on the claim, written in the
-- same transaction as each step, so a review queue of one status is a range of an index rather
-- than a search through every claim's history. Portable SQL (SQLite and PostgreSQL).

ALTER TABLE claims ADD COLUMN status VARCHAR(32);

UPDATE claims SET status = (
  SELECT s.to_status FROM claim_steps s
  WHERE s.claim_id = claims.id
    AND s.step_no = (SELECT MAX(m.step_no) FROM claim_steps m WHERE m.claim_id = claims.id));

CREATE INDEX claims_status ON claims (status, id);
