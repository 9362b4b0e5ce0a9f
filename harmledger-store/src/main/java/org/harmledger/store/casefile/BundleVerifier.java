package org.harmledger.store.casefile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.harmledger.model.Sha256;
import org.harmledger.store.verify.Finding;

/**
 * A BundleVerifier checks a case bundle offline, without the ledger: every file the manifest lists
 * is present and has its SHA-256, no file is present that it does not list, every original still
 * hashes to its name, and the custody extract's entries and links hold. It names each finding.
 */
public final class BundleVerifier {
  private static final String EVIDENCE = "evidence/";

  /**
   * Verifies the bundle at {@code path} (a folder or a ZIP archive).
   *
   * @throws IOException when the bundle cannot be opened or read
   */
  public BundleCheck verify(Path path) throws IOException {
    List<Finding> findings = new ArrayList<>();
    try (BundleReader bundle = BundleReader.open(path)) {
      List<String> present = bundle.paths();
      Optional<byte[]> manifestBytes = bundle.read(Manifest.FILE);
      if (manifestBytes.isEmpty()) {
        findings.add(new Finding(Manifest.FILE, "missing"));
        return new BundleCheck(null, present.size(), findings);
      }
      Manifest manifest;
      try {
        manifest = Manifest.parse(manifestBytes.get());
      } catch (IllegalArgumentException e) {
        findings.add(new Finding(Manifest.FILE, e.getMessage()));
        return new BundleCheck(Sha256.of(manifestBytes.get()), present.size(), findings);
      }
      Set<String> listed = new HashSet<>();
      for (BundleFile file : manifest.files()) {
        listed.add(file.path());
        Optional<byte[]> bytes = bundle.read(file.path());
        if (bytes.isEmpty()) {
          findings.add(new Finding(file.path(), "missing"));
          continue;
        }
        Sha256 actual = Sha256.of(bytes.get());
        if (!actual.equals(file.sha256())) {
          findings.add(new Finding(file.path(), "does not match the manifest (manifest sha " + file.sha256().hex()
              + ", file sha " + actual.hex() + ")"));
        }
        if (file.path().startsWith(EVIDENCE) && !file.path().substring(EVIDENCE.length()).equals(actual.hex())) {
          findings.add(new Finding(file.path(), "original altered (its name is its SHA-256, found " + actual.hex()
              + ")"));
        }
      }
      for (String p : present) {
        if (!p.equals(Manifest.FILE) && !listed.contains(p)) {
          findings.add(new Finding(p, "extra file (not in the manifest)"));
        }
      }
      Optional<byte[]> entries = bundle.read(CustodyExtract.ENTRIES);
      Optional<byte[]> chain = bundle.read(CustodyExtract.CHAIN);
      if (entries.isPresent() && chain.isPresent()) {
        findings.addAll(CustodyExtract.check(entries.get(), chain.get()));
      }
      return new BundleCheck(Sha256.of(manifestBytes.get()), present.size(), findings);
    }
  }
}
