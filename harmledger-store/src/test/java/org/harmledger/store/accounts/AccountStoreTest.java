package org.harmledger.store.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.harmledger.store.LedgerFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccountStoreTest {
  private static final char[] PASSWORD = "correct horse battery".toCharArray();

  @TempDir
  Path dir;

  private AccountStore accounts;

  @BeforeEach
  void open() {
    accounts = new AccountStore(LedgerFixture.open(dir).database().jdbi(), LedgerFixture.CLOCK);
  }

  @Test
  void signIn_withTheRightPassword_opensASessionFoundByItsToken() {
    accounts.add("amira", Role.REVIEWER, PASSWORD);

    Session session = accounts.signIn("amira", PASSWORD).orElseThrow();

    assertThat(session.account().role()).isEqualTo(Role.REVIEWER);
    assertThat(accounts.session(session.token())).hasValueSatisfying(s -> {
      assertThat(s.account().name()).isEqualTo("amira");
      assertThat(s.csrfToken()).isEqualTo(session.csrfToken());
    });
    assertThat(session.token()).isNotEqualTo(session.csrfToken());
  }

  @Test
  void signIn_withAWrongPasswordOrUnknownName_givesNothing() {
    accounts.add("amira", Role.READER, PASSWORD);

    assertThat(accounts.signIn("amira", "wrong password!".toCharArray())).isEmpty();
    assertThat(accounts.signIn("nobody", PASSWORD)).isEmpty();
  }

  @Test
  void signOut_endsTheSession() {
    accounts.add("amira", Role.READER, PASSWORD);
    Session session = accounts.signIn("amira", PASSWORD).orElseThrow();

    accounts.signOut(session.token());

    assertThat(accounts.session(session.token())).isEmpty();
  }

  @Test
  void expiredSessions_areNotFound() {
    accounts.add("amira", Role.READER, PASSWORD);
    Session session = accounts.signIn("amira", PASSWORD).orElseThrow();
    AccountStore later = new AccountStore(LedgerFixture.open(dir).database().jdbi(), Clock.fixed(
        LedgerFixture.CLOCK.instant().plus(AccountStore.SESSION_TTL).plusSeconds(1), ZoneOffset.UTC));

    assertThat(later.session(session.token())).isEmpty();
    assertThat(accounts.session(session.token())).isPresent();
  }

  @Test
  void passwords_areStoredOnlyAsBcryptHashes() {
    accounts.add("amira", Role.READER, PASSWORD);

    Optional<String> stored = LedgerFixture.open(dir).database().jdbi().withHandle(h ->
        h.createQuery("SELECT password_hash FROM accounts").mapTo(String.class).findOne());

    assertThat(stored).hasValueSatisfying(s -> assertThat(s).startsWith("$2a$12$").doesNotContain("horse"));
  }

  @Test
  void badInput_isRefusedWithAReason() {
    accounts.add("amira", Role.READER, PASSWORD);

    assertThatThrownBy(() -> accounts.add("amira", Role.ADMIN, PASSWORD)).hasMessage("account 'amira' already exists");
    assertThatThrownBy(() -> accounts.add("Bad Name", Role.ADMIN, PASSWORD)).hasMessageContaining("'Bad Name'");
    assertThatThrownBy(() -> accounts.add("sami", Role.ADMIN, "short".toCharArray()))
        .hasMessageContaining("at least 10 characters");
  }

  @Test
  void csrfMatches_onlyTheSessionsToken() {
    Session s = new Session("t", "csrf-value", new Account("amira", Role.READER, Instant.EPOCH), Instant.MAX);

    assertThat(AccountStore.csrfMatches(s, "csrf-value")).isTrue();
    assertThat(AccountStore.csrfMatches(s, "csrf-valuf")).isFalse();
    assertThat(AccountStore.csrfMatches(s, null)).isFalse();
  }

  @Test
  void list_showsAccountsWithoutSecrets() {
    accounts.add("amira", Role.ADMIN, PASSWORD);

    assertThat(accounts.list()).extracting(Account::name, Account::role).containsExactly(
        org.assertj.core.groups.Tuple.tuple("amira", Role.ADMIN));
  }
}
