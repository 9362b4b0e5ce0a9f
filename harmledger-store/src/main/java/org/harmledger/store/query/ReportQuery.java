package org.harmledger.store.query;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.harmledger.model.Report;
import org.harmledger.model.Sha256;
import org.harmledger.store.custody.CustodyLog;
import org.harmledger.store.db.ExtractionRepository;
import org.harmledger.store.db.ReportRepository;
import org.harmledger.store.db.StoredWorkingCopy;
import org.harmledger.store.db.WorkingCopyRepository;
import org.jdbi.v3.core.Jdbi;

/**
 * A ReportQuery looks reports up by id: the full SHA-256 or a unique prefix of at least
 * {@value #MIN_PREFIX} hex characters, as people copy them from listings.
 */
public final class ReportQuery {
  public static final int MIN_PREFIX = 8;
  private static final Pattern HEX = Pattern.compile("[0-9a-f]+");

  private final Jdbi jdbi;
  private final CustodyLog custody;

  public ReportQuery(Jdbi jdbi, CustodyLog custody) {
    this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    this.custody = Objects.requireNonNull(custody, "custody");
  }

  /**
   * The details of the report {@code idOrPrefix} names.
   *
   * @throws IllegalArgumentException with a one-line reason when the id is malformed, too short,
   *     unknown or matches more than one report
   */
  public ReportDetails find(String idOrPrefix) {
    String prefix = idOrPrefix.strip().toLowerCase(Locale.ROOT);
    if (!HEX.matcher(prefix).matches() || prefix.length() > 64) {
      throw new IllegalArgumentException("'" + idOrPrefix + "' is not a report id (hex SHA-256 or a prefix of one)");
    }
    if (prefix.length() < MIN_PREFIX) {
      throw new IllegalArgumentException("report id prefix '" + idOrPrefix + "' is shorter than " + MIN_PREFIX
          + " characters");
    }
    return jdbi.withHandle(handle -> {
      ReportRepository reports = new ReportRepository(handle);
      List<Sha256> ids = reports.idsStartingWith(prefix, 2);
      if (ids.isEmpty()) {
        throw new IllegalArgumentException("no report with id " + prefix);
      }
      if (ids.size() > 1) {
        throw new IllegalArgumentException("report id prefix " + prefix + " matches more than one report");
      }
      Sha256 id = ids.get(0);
      Report report = reports.find(id).orElseThrow();
      StoredWorkingCopy copy = new WorkingCopyRepository(handle).find(id)
          .orElseThrow(() -> new IllegalStateException("report " + id + " has no working copy"));
      return new ReportDetails(report, copy, custody.entriesFor(handle, id.hex()),
          new ExtractionRepository(handle).assertions(id).size());
    });
  }
}
