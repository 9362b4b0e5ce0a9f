package org.harmledger.store.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AccountTest {
  @Test
  void custodyActor_namesTheUser() {
    assertThat(new Account("amira", Role.READER, Instant.EPOCH).custodyActor()).isEqualTo("user:amira");
  }

  @Test
  void invalidName_isRefused() {
    assertThatThrownBy(() -> new Account("a", Role.READER, Instant.EPOCH)).hasMessageContaining("'a'");
    assertThatThrownBy(() -> new Account("a b", Role.READER, Instant.EPOCH)).hasMessageContaining("'a b'");
  }
}
