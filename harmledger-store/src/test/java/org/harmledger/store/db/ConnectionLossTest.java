package org.harmledger.store.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.jdbi.v3.core.ConnectionException;
import org.junit.jupiter.api.Test;

class ConnectionLossTest {
  @Test
  void is_connectionStates_andPoolTimeouts_anywhereInTheCauses() {
    assertThat(ConnectionLoss.is(new ConnectionException(new SQLException("I/O error", "08006")))).isTrue();
    assertThat(ConnectionLoss.is(new RuntimeException(new SQLException("terminating connection", "57P01")))).isTrue();
    assertThat(ConnectionLoss.is(new SQLTransientConnectionException("harmledger - Connection is not available")))
        .isTrue();
  }

  @Test
  void is_notForFailuresOfTheStatementItself() {
    assertThat(ConnectionLoss.is(new RuntimeException(new SQLException("duplicate key", "23505")))).isFalse();
    assertThat(ConnectionLoss.is(new SQLException("no state"))).isFalse();
    assertThat(ConnectionLoss.is(new IllegalStateException("boom"))).isFalse();
  }
}
