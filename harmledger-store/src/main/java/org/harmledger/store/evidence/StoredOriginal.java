package org.harmledger.store.evidence;

import java.util.Objects;
import org.harmledger.model.Sha256;

/** A StoredOriginal is the outcome of putting bytes into the evidence store: their address, size, and whether this put wrote them. */
public record StoredOriginal(Sha256 sha256, long byteSize, boolean written) {
  public StoredOriginal {
    Objects.requireNonNull(sha256, "sha256");
  }
}
