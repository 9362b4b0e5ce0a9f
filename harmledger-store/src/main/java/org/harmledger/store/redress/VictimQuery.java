package org.harmledger.store.redress;

import org.harmledger.redress.VictimOutcome;
import org.harmledger.redress.VictimStatus;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * A VictimQuery is the filter of a victims listing: the incident, the status and the outcome, each
 * null for any. It filters on public fields only, so a listing never searches by name.
 */
public record VictimQuery(String incidentId, VictimStatus status, VictimOutcome outcome) {
  public VictimQuery {
    incidentId = incidentId == null || incidentId.isBlank() ? null : incidentId.strip();
  }

  /** Every victim. */
  public static VictimQuery any() {
    return new VictimQuery(null, null, null);
  }

  String where() {
    StringBuilder sql = new StringBuilder(" WHERE 1 = 1");
    if (incidentId != null) {
      sql.append(" AND v.incident_id = :incident");
    }
    if (status != null) {
      sql.append(" AND v.status = :status");
    }
    if (outcome != null) {
      sql.append(" AND v.outcome = :outcome");
    }
    return sql.toString();
  }

  <T extends SqlStatement<T>> T bind(T statement) {
    if (incidentId != null) {
      statement.bind("incident", incidentId);
    }
    if (status != null) {
      statement.bind("status", status.code());
    }
    if (outcome != null) {
      statement.bind("outcome", outcome.code());
    }
    return statement;
  }
}
