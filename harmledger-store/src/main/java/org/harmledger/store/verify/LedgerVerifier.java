package org.harmledger.store.verify;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.harmledger.model.Sha256;
import org.harmledger.store.custody.CustodyAction;
import org.harmledger.store.custody.CustodyLog;
import org.harmledger.store.db.ReportRepository;
import org.harmledger.store.db.StoredWorkingCopy;
import org.harmledger.store.db.WorkingCopyRepository;
import org.harmledger.store.evidence.EvidenceStore;
import org.jdbi.v3.core.Jdbi;

/**
 * A LedgerVerifier re-hashes every stored original and working copy against the recorded hashes
 * and walks the custody chain, then appends a "verified" custody entry recording the outcome.
 */
public final class LedgerVerifier {
  private final Jdbi jdbi;
  private final EvidenceStore evidence;
  private final CustodyLog custody;

  public LedgerVerifier(Jdbi jdbi, EvidenceStore evidence, CustodyLog custody) {
    this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    this.evidence = Objects.requireNonNull(evidence, "evidence");
    this.custody = Objects.requireNonNull(custody, "custody");
  }

  /** Verifies the whole ledger on behalf of {@code actor}. */
  public VerifyResult verify(String actor) {
    List<Finding> findings = new ArrayList<>();
    long[] counts = new long[2];
    jdbi.useHandle(handle -> {
      List<Sha256> ids = new ReportRepository(handle).ids();
      WorkingCopyRepository copies = new WorkingCopyRepository(handle);
      for (Sha256 id : ids) {
        checkReport(id, copies.find(id), findings);
      }
      counts[0] = ids.size();
      counts[1] = new ChainCheck(custody, custody.anchorFile()).check(handle, findings);
    });
    ObjectNode details = JsonNodeFactory.instance.objectNode();
    details.put("reports", counts[0]);
    details.put("custody_entries", counts[1]);
    details.put("findings", findings.size());
    jdbi.useTransaction(handle -> custody.append(handle, actor, CustodyAction.VERIFIED, "ledger", details));
    // Re-anchoring after a finding would bless a truncated chain; leave the anchor as evidence.
    if (findings.isEmpty()) {
      custody.anchor(jdbi);
    }
    return new VerifyResult(counts[0], counts[1], findings);
  }

  private void checkReport(Sha256 id, Optional<StoredWorkingCopy> copy, List<Finding> findings) {
    String subject = "report " + id.hex().substring(0, 12);
    Optional<Sha256> found = evidence.rehash(id);
    if (found.isEmpty()) {
      findings.add(new Finding(subject, "original missing (expected at " + evidence.pathOf(id) + ")"));
    } else if (!found.get().equals(id)) {
      findings.add(new Finding(subject, "original altered (expected sha " + id + ", found " + found.get() + ")"));
    }
    if (copy.isEmpty()) {
      findings.add(new Finding(subject, "working copy missing"));
    } else {
      copy.get().problems().forEach(p -> findings.add(new Finding(subject, p)));
    }
  }
}
