package org.harmledger.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

  @Test
  void resolve_optionWins_thenEnvironment_thenPropertiesFile_thenEmbedded(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("harmledger.properties"), "db.url=jdbc\\:postgresql\\://file/ledger\n");

    assertThat(StorageConfig.resolve(dir, "jdbc:postgresql://option/ledger",
        Map.of("HARMLEDGER_DB", "jdbc:postgresql://env/ledger")).jdbcUrl()).isEqualTo("jdbc:postgresql://option/ledger");
    assertThat(StorageConfig.resolve(dir, null, Map.of("HARMLEDGER_DB", "jdbc:postgresql://env/ledger")).jdbcUrl())
        .isEqualTo("jdbc:postgresql://env/ledger");
    assertThat(StorageConfig.resolve(dir, null, Map.of()).jdbcUrl()).isEqualTo("jdbc:postgresql://file/ledger");
    Files.delete(dir.resolve("harmledger.properties"));
    assertThat(StorageConfig.resolve(dir, null, Map.of()).isEmbedded()).isTrue();
  }

  @Test
  void maskedUrl_hidesUserAndPasswordWhereverTheyAre() {
    StorageConfig config = StorageConfig.of(Path.of("d"),
        "jdbc:postgresql://ana:s3cret@db:5432/ledger?user=ana&password=s3cret&ssl=true");

    assertThat(config.maskedUrl()).isEqualTo("jdbc:postgresql://***@db:5432/ledger?user=***&password=***&ssl=true");
    assertThat(config.toString()).doesNotContain("s3cret").doesNotContain("ana");
  }
}
