package org.harmledger.store.casefile;

import java.util.List;
import org.harmledger.resolve.Incident;
import org.harmledger.resolve.Resolution;

/**
 * A CaseSelection is what a case file is about: one incident (by id) or every incident attributed
 * to one perpetrator (by actor id, as in the actor dictionaries). Exactly one of the two is set.
 */
public record CaseSelection(String incidentId, String perpetrator) {
  public CaseSelection {
    if ((incidentId == null) == (perpetrator == null)) {
      throw new IllegalArgumentException("a case file is for one incident or one perpetrator (give exactly one)");
    }
  }

  public static CaseSelection incident(String id) {
    return new CaseSelection(id, null);
  }

  public static CaseSelection perpetrator(String actorId) {
    return new CaseSelection(null, actorId);
  }

  /**
   * The selected incidents in id order.
   *
   * @throws IllegalArgumentException naming the id or actor when nothing is selected
   */
  public List<Incident> select(Resolution resolution) {
    List<Incident> selected = resolution.incidents().stream()
        .filter(i -> incidentId != null ? i.id().equals(incidentId) : perpetrator.equals(i.attribution().perpetrator()))
        .toList();
    if (selected.isEmpty()) {
      throw new IllegalArgumentException(incidentId != null
          ? "incident " + incidentId + ": no such incident in the ledger"
          : "perpetrator " + perpetrator + ": no incident in the ledger is attributed to this actor");
    }
    return selected;
  }

  /** The selection in words, such as {@code incident 3fa4...} or {@code perpetrator us_led_coalition}. */
  public String describe() {
    return incidentId != null ? "incident " + incidentId : "perpetrator " + perpetrator;
  }
}
