package org.harmledger.store;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * A StorageConfig says where the ledger lives: the data folder (evidence originals, custody anchor)
 * and the JDBC URL of its database. Without an explicit URL the database is the embedded SQLite
 * file {@code harmledger.db} inside the data folder. The URL may carry credentials, so it is never
 * printed as it is: {@link #maskedUrl} and {@link #toString} hide them.
 */
public record StorageConfig(Path dataDir, String jdbcUrl) {
  /** The data folder used when the user names none. */
  public static final Path DEFAULT_DATA_DIR = Path.of("harmledger-data");
  /** The environment variable naming the database when no {@code --db} option is given. */
  public static final String DB_ENV = "HARMLEDGER_DB";
  /** The optional file in the data folder naming its database (property {@value #DB_PROPERTY}). */
  public static final String PROPERTIES_FILE = "harmledger.properties";
  public static final String DB_PROPERTY = "db.url";

  /** A password or user given as a URL parameter, or as user:password@ before the host. */
  private static final Pattern SECRET_PARAMETER =
      Pattern.compile("(?i)([?&;](?:password|user|sslpassword)=)[^&;]*");
  private static final Pattern USER_INFO = Pattern.compile("(//)[^/@]*@");

  public StorageConfig {
    Objects.requireNonNull(dataDir, "dataDir");
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
  }

  /** The config for {@code dataDir} with the embedded database, or {@code jdbcUrl} when it is not null. */
  public static StorageConfig of(Path dataDir, String jdbcUrl) {
    Path dir = dataDir == null ? DEFAULT_DATA_DIR : dataDir;
    String url = jdbcUrl == null ? "jdbc:sqlite:" + dir.resolve("harmledger.db") : jdbcUrl;
    return new StorageConfig(dir, url);
  }

  /**
   * The config a user asked for: the URL given as an option wins, then the {@value #DB_ENV}
   * variable of {@code environment}, then {@value #DB_PROPERTY} in the data folder's
   * {@value #PROPERTIES_FILE}, then the embedded database.
   *
   * @throws StorageException naming the properties file when it exists but cannot be read
   */
  public static StorageConfig resolve(Path dataDir, String jdbcUrl, Map<String, String> environment) {
    Path dir = dataDir == null ? DEFAULT_DATA_DIR : dataDir;
    if (jdbcUrl != null) {
      return of(dir, jdbcUrl);
    }
    String fromEnvironment = environment.get(DB_ENV);
    if (fromEnvironment != null && !fromEnvironment.isBlank()) {
      return of(dir, fromEnvironment.strip());
    }
    return of(dir, fromProperties(dir.resolve(PROPERTIES_FILE)));
  }

  private static String fromProperties(Path file) {
    if (!Files.isRegularFile(file)) {
      return null;
    }
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException | IllegalArgumentException e) {
      throw new StorageException("cannot read " + file + ": " + e.getMessage(), e);
    }
    String url = properties.getProperty(DB_PROPERTY);
    return url == null || url.isBlank() ? null : url.strip();
  }

  public boolean isEmbedded() {
    return jdbcUrl.startsWith("jdbc:sqlite:");
  }

  /** The JDBC URL with user names and passwords replaced by {@code ***}, fit for messages and logs. */
  public String maskedUrl() {
    return mask(jdbcUrl);
  }

  /** {@code text} with every credential a JDBC URL can carry replaced by {@code ***}. */
  public static String mask(String text) {
    String masked = SECRET_PARAMETER.matcher(text).replaceAll("$1***");
    return USER_INFO.matcher(masked).replaceAll("$1***@");
  }

  @Override
  public String toString() {
    return "StorageConfig[dataDir=" + dataDir + ", jdbcUrl=" + maskedUrl() + "]";
  }
}
