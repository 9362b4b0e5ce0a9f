package org.harmledger.store.db;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.harmledger.model.Sha256;
import org.harmledger.store.evidence.ReportMetadataJson;
import org.harmledger.store.evidence.WorkingCopy;

/**
 * A StoredWorkingCopy is a working copy as read from the database: its text and metadata JSON
 * together with the hashes recorded when it was stored, which may no longer match if someone
 * edited the row.
 */
public record StoredWorkingCopy(
    Sha256 report, String text, String metadataJson, Sha256 recordedTextSha, Sha256 recordedMetadataSha) {

  public StoredWorkingCopy {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(metadataJson, "metadataJson");
    Objects.requireNonNull(recordedTextSha, "recordedTextSha");
    Objects.requireNonNull(recordedMetadataSha, "recordedMetadataSha");
  }

  /** One line per part whose content no longer matches its recorded hash; empty when intact. */
  public List<String> problems() {
    List<String> problems = new ArrayList<>();
    Sha256 text = WorkingCopy.hashOf(this.text);
    if (!text.equals(recordedTextSha)) {
      problems.add("working copy text altered (expected sha " + recordedTextSha + ", found " + text + ")");
    }
    Sha256 metadata = WorkingCopy.hashOf(metadataJson);
    if (!metadata.equals(recordedMetadataSha)) {
      problems.add("working copy metadata altered (expected sha " + recordedMetadataSha + ", found " + metadata + ")");
    }
    return problems;
  }

  /**
   * The working copy, after checking both hashes.
   *
   * @throws IllegalStateException naming the altered part when a hash no longer matches
   */
  public WorkingCopy verify() {
    List<String> problems = problems();
    if (!problems.isEmpty()) {
      throw new IllegalStateException("report " + report + ": " + String.join("; ", problems));
    }
    return new WorkingCopy(text, ReportMetadataJson.read(metadataJson));
  }
}
