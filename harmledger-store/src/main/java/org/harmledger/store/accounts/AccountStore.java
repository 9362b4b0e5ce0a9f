package org.harmledger.store.accounts;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.harmledger.model.Sha256;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * An AccountStore keeps accounts and their sessions in the ledger's database: adding accounts,
 * signing in (checking the bcrypt hash), looking sessions up by the token a cookie carries, and
 * signing out. Times come from the injected clock. Thread-safe: every call uses its own handle.
 */
public final class AccountStore {
  /** How long a session lasts after sign-in. */
  public static final Duration SESSION_TTL = Duration.ofHours(8);
  private static final int TOKEN_BYTES = 32;

  private final Jdbi jdbi;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  public AccountStore(Jdbi jdbi, Clock clock) {
    this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Adds an account.
   *
   * @throws IllegalArgumentException when the name is invalid or taken, or the password too short or long
   */
  public Account add(String name, Role role, char[] password) {
    Account.requireValidName(name);
    String hash = PasswordHasher.hash(password);
    Account account = new Account(name, role, now());
    jdbi.useTransaction(h -> {
      if (find(h, name).isPresent()) {
        throw new IllegalArgumentException("account '" + name + "' already exists");
      }
      h.createUpdate("INSERT INTO accounts (name, role, password_hash, created_at) "
              + "VALUES (:name, :role, :hash, :at)")
          .bind("name", name)
          .bind("role", role.code())
          .bind("hash", hash)
          .bind("at", account.createdAt().toString())
          .execute();
    });
    return account;
  }

  public Optional<Account> find(String name) {
    return jdbi.withHandle(h -> find(h, name));
  }

  public List<Account> list() {
    return jdbi.withHandle(h -> h.createQuery("SELECT name, role, created_at FROM accounts ORDER BY name")
        .map((rs, ctx) -> new Account(rs.getString(1), Role.fromCode(rs.getString(2)), Instant.parse(rs.getString(3))))
        .list());
  }

  /** A new session when {@code password} is the account's; empty for an unknown name or a wrong password alike. */
  public Optional<Session> signIn(String name, char[] password) {
    Optional<String> hash = jdbi.withHandle(h -> h.createQuery("SELECT password_hash FROM accounts WHERE name = :name")
        .bind("name", name)
        .mapTo(String.class)
        .findOne());
    if (hash.isEmpty()) {
      PasswordHasher.decoy(password);
      return Optional.empty();
    }
    if (!PasswordHasher.matches(password, hash.get())) {
      return Optional.empty();
    }
    Account account = find(name).orElseThrow();
    Session session = new Session(token(), token(), account, now().plus(SESSION_TTL));
    jdbi.useHandle(h -> h.createUpdate("INSERT INTO sessions (token_hash, account, csrf_token, created_at, expires_at) "
            + "VALUES (:hash, :account, :csrf, :created, :expires)")
        .bind("hash", hashOf(session.token()))
        .bind("account", name)
        .bind("csrf", session.csrfToken())
        .bind("created", now().toString())
        .bind("expires", session.expiresAt().toString())
        .execute());
    return Optional.of(session);
  }

  /** The live session whose cookie carries {@code token}; empty when unknown or expired. */
  public Optional<Session> session(String token) {
    if (token == null || token.isEmpty()) {
      return Optional.empty();
    }
    return jdbi.withHandle(h -> h.createQuery("SELECT s.csrf_token, s.expires_at, a.name, a.role, a.created_at "
            + "FROM sessions s JOIN accounts a ON a.name = s.account WHERE s.token_hash = :hash")
        .bind("hash", hashOf(token))
        .map((rs, ctx) -> new Session(token, rs.getString(1),
            new Account(rs.getString(3), Role.fromCode(rs.getString(4)), Instant.parse(rs.getString(5))),
            Instant.parse(rs.getString(2))))
        .findOne()
        .filter(s -> s.expiresAt().isAfter(now())));
  }

  /** Ends the session of {@code token}, and removes every expired session while at it. */
  public void signOut(String token) {
    jdbi.useHandle(h -> {
      h.createUpdate("DELETE FROM sessions WHERE token_hash = :hash").bind("hash", hashOf(token)).execute();
      h.createUpdate("DELETE FROM sessions WHERE expires_at < :now").bind("now", now().toString()).execute();
    });
  }

  /** Whether {@code candidate} is the session's CSRF token, compared in constant time. */
  public static boolean csrfMatches(Session session, String candidate) {
    return candidate != null && MessageDigest.isEqual(
        session.csrfToken().getBytes(java.nio.charset.StandardCharsets.US_ASCII),
        candidate.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
  }

  private static Optional<Account> find(Handle h, String name) {
    return h.createQuery("SELECT name, role, created_at FROM accounts WHERE name = :name")
        .bind("name", name)
        .map((rs, ctx) -> new Account(rs.getString(1), Role.fromCode(rs.getString(2)), Instant.parse(rs.getString(3))))
        .findOne();
  }

  private String token() {
    byte[] bytes = new byte[TOKEN_BYTES];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static String hashOf(String token) {
    return Sha256.of(token.getBytes(java.nio.charset.StandardCharsets.US_ASCII)).hex();
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }
}
