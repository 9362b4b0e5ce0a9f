package org.harmledger.server;

import java.time.Clock;
import java.util.Objects;
import org.harmledger.actors.ActorDictionary;
import org.harmledger.gazetteer.Gazetteer;
import org.harmledger.store.Ledger;
import org.harmledger.store.accounts.AccountStore;
import org.harmledger.store.incidents.IncidentStore;
import org.harmledger.store.search.ReportSearcher;

/**
 * ServerServices are everything the handlers work with: the ledger, the search index, the
 * incident store (one instance: building it loads the registries), the actor dictionary and gazetteer, the accounts, the config and the clock that
 * stamps decisions. Built once at start-up and shared by all requests.
 */
public record ServerServices(
    ServerConfig config, Ledger ledger, ReportSearcher search, IncidentStore incidents, ActorDictionary actors,
    Gazetteer gazetteer, AccountStore accounts, Clock clock) {

  public ServerServices {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(ledger, "ledger");
    Objects.requireNonNull(search, "search");
    Objects.requireNonNull(incidents, "incidents");
    Objects.requireNonNull(actors, "actors");
    Objects.requireNonNull(gazetteer, "gazetteer");
    Objects.requireNonNull(accounts, "accounts");
    Objects.requireNonNull(clock, "clock");
  }
}
