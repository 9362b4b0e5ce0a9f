package org.harmledger.store.verify;

import java.util.List;
import java.util.Optional;
import org.harmledger.store.custody.CustodyAnchor;
import org.harmledger.store.custody.CustodyEntry;
import org.harmledger.store.custody.CustodyHead;
import org.harmledger.store.custody.CustodyLog;
import org.jdbi.v3.core.Handle;

/**
 * A ChainCheck walks the custody chain in sequence order: every entry's hash must match its
 * content, every link must name the previous entry's hash, no sequence number may be skipped, and
 * the anchor file's head must be present in the chain with the same hash (an anchor ahead of the
 * chain means its last entries were deleted).
 */
final class ChainCheck {
  private final CustodyLog custody;
  private final CustodyAnchor anchor;

  ChainCheck(CustodyLog custody, CustodyAnchor anchor) {
    this.custody = custody;
    this.anchor = anchor;
  }

  /** Adds the chain's findings to {@code findings} and returns the number of entries walked. */
  long check(Handle handle, List<Finding> findings) {
    Optional<CustodyHead> anchored = anchor.read();
    Walk walk = new Walk(findings, anchored.map(CustodyHead::seq).orElse(-1L));
    custody.forEach(handle, walk::next);
    checkAnchor(anchored, walk, findings);
    return walk.count;
  }

  private void checkAnchor(Optional<CustodyHead> anchored, Walk walk, List<Finding> findings) {
    CustodyHead last = walk.last;
    if (anchored.isEmpty()) {
      if (last.seq() > 0) {
        findings.add(new Finding("custody anchor", "missing from " + anchor.file() + " although the chain has "
            + last.seq() + " entries"));
      }
      return;
    }
    CustodyHead head = anchored.get();
    if (head.seq() > last.seq()) {
      String missing = head.seq() == last.seq() + 1
          ? "entry " + head.seq() + " missing"
          : "entries " + (last.seq() + 1) + ".." + head.seq() + " missing";
      findings.add(new Finding("custody chain", missing + " (the anchor records entry " + head.seq() + ")"));
    } else if (walk.anchoredHash != null && !head.hash().equals(walk.anchoredHash)) {
      findings.add(new Finding("custody anchor", "entry " + head.seq() + " has hash " + walk.anchoredHash
          + " but the anchor records " + head.hash()));
    }
  }

  /** The state of one pass over the chain. */
  private static final class Walk {
    private final List<Finding> findings;
    private final long anchoredSeq;
    private CustodyHead last = CustodyHead.GENESIS;
    private String anchoredHash;
    private long count;

    Walk(List<Finding> findings, long anchoredSeq) {
      this.findings = findings;
      this.anchoredSeq = anchoredSeq;
    }

    void next(CustodyEntry entry) {
      count++;
      String subject = "custody entry " + entry.seq();
      if (!entry.hashMatches()) {
        findings.add(new Finding(subject, "hash mismatch (its content was changed)"));
      }
      if (entry.seq() > last.seq() + 1) {
        String missing = entry.seq() == last.seq() + 2
            ? "entry " + (last.seq() + 1) + " missing"
            : "entries " + (last.seq() + 1) + ".." + (entry.seq() - 1) + " missing";
        findings.add(new Finding("custody chain", missing));
      } else if (!entry.previousHash().equals(last.hash())) {
        findings.add(new Finding(subject, "previous hash does not match entry " + last.seq()));
      }
      if (entry.seq() == anchoredSeq) {
        anchoredHash = entry.hash();
      }
      last = entry.head();
    }
  }
}
