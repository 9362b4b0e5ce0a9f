package org.harmledger.store.ingest;

import org.harmledger.store.intake.IntakeDocument;
import org.harmledger.store.intake.IntakeFailure;
import org.harmledger.store.intake.IntakeItem;

/** IntakeAdapter turns what intake found into what the ingest service consumes. */
public final class IntakeAdapter {
  private IntakeAdapter() {}

  public static IngestInput toInput(IntakeItem item) {
    if (item instanceof IntakeDocument d) {
      return new IngestDocument(d.source(), d.original(), d.mediaType(), d.text(), d.metadata());
    }
    IntakeFailure f = (IntakeFailure) item;
    return new IngestFailure(f.source(), f.reason());
  }
}
