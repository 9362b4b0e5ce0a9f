package org.harmledger.store.db;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * ConnectionLoss tells a failure caused by losing the database (the server restarting, the network
 * dropping, the pool unable to connect) from one caused by the statement itself: the first is worth
 * retrying as it was, the second is not.
 */
public final class ConnectionLoss {
  private ConnectionLoss() {}

  /** True when {@code failure}, or any of its causes, reports a lost or refused connection. */
  public static boolean is(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLTransientConnectionException) {
        return true;
      }
      if (t instanceof SQLException sql && sql.getSQLState() != null
          // 08: connection exception; 57P01..57P03: the server shut down, crashed or is starting.
          && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
        return true;
      }
    }
    return false;
  }
}
