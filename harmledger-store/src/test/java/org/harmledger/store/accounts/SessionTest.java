package org.harmledger.store.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SessionTest {
  @Test
  void toString_neverShowsTheTokens() {
    Session s = new Session("secret-token", "secret-csrf", new Account("amira", Role.READER, Instant.EPOCH), Instant.EPOCH);

    assertThat(s.toString()).contains("amira").doesNotContain("secret");
  }
}
