package org.harmledger.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class StorageConfigTest {
  @Test
  void withoutUrl_embeddedDatabaseInsideDataFolder() {
    StorageConfig config = StorageConfig.of(Path.of("d"), null);
    assertThat(config.jdbcUrl()).isEqualTo("jdbc:sqlite:" + Path.of("d", "harmledger.db"));
    assertThat(config.isEmbedded()).isTrue();
  }

  @Test
  void withoutDataFolder_defaultFolder() {
    assertThat(StorageConfig.of(null, null).dataDir()).isEqualTo(Path.of("harmledger-data"));
  }

  @Test
  void explicitUrl_isKept() {
    StorageConfig config = StorageConfig.of(Path.of("d"), "jdbc:postgresql://db/ledger");
    assertThat(config.jdbcUrl()).isEqualTo("jdbc:postgresql://db/ledger");
    assertThat(config.isEmbedded()).isFalse();
  }
}
