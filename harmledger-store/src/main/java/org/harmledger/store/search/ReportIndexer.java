package org.harmledger.store.search;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.harmledger.model.Assertion;
import org.harmledger.model.Report;
import org.harmledger.model.Sha256;
import org.harmledger.store.db.ExtractionRepository;
import org.harmledger.store.db.ReportRepository;
import org.harmledger.store.db.StoredWorkingCopy;
import org.harmledger.store.db.WorkingCopyRepository;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * A ReportIndexer feeds stored reports into a {@link ReportIndex}: each report's metadata,
 * working text and the provinces its assertions name. Ingest calls {@link #index} for the
 * reports it stored and then {@link #catchUp}; {@code harmledger reindex} calls {@link #rebuild}.
 */
public final class ReportIndexer {
  private final Jdbi jdbi;
  private final ReportIndex index;

  public ReportIndexer(Jdbi jdbi, ReportIndex index) {
    this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    this.index = Objects.requireNonNull(index, "index");
  }

  /** Indexes (or re-indexes) the named reports and commits; returns how many were indexed. */
  public int index(Collection<Sha256> reports) {
    int count = jdbi.withHandle(handle -> {
      int n = 0;
      for (Sha256 id : reports) {
        index.put(read(handle, id));
        n++;
      }
      return n;
    });
    index.commit();
    return count;
  }

  /**
   * Indexes the stored reports the index lacks and returns how many: those of an ingest killed
   * after its commit and before its indexing, or whose indexing found the index busy. Costs one
   * count when nothing is missing.
   */
  public int catchUp() {
    long stored = jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM reports").mapTo(Long.class).one());
    if (index.size() >= stored) {
      return 0;
    }
    Set<String> held = index.ids();
    List<Sha256> missing = jdbi.withHandle(h -> new ReportRepository(h).ids()).stream()
        .filter(id -> !held.contains(id.hex())).toList();
    return index(missing);
  }

  /** Empties the index and indexes every stored report; returns how many were indexed. */
  public int rebuild() {
    index.clear();
    List<Sha256> ids = jdbi.withHandle(h -> new ReportRepository(h).ids());
    return index(ids);
  }

  private static IndexedReport read(Handle handle, Sha256 id) {
    Report report = new ReportRepository(handle).find(id)
        .orElseThrow(() -> new IllegalArgumentException("no report with id " + id));
    StoredWorkingCopy copy = new WorkingCopyRepository(handle).find(id)
        .orElseThrow(() -> new IllegalStateException("report " + id + " has no working copy"));
    Set<String> admin1 = new LinkedHashSet<>();
    for (Assertion a : new ExtractionRepository(handle).assertions(id)) {
      if (a.place() != null && a.place().admin1() != null) {
        admin1.add(a.place().admin1());
      }
    }
    var m = report.metadata();
    return new IndexedReport(id.hex(), m.title(), copy.text(), m.publisher(), m.published(), m.language(), admin1);
  }
}
