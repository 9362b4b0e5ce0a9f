package org.harmledger.resolve;

import java.util.Locale;
import org.harmledger.model.Assertion;
import org.harmledger.model.Casualties;

/** What happened to the people a figure counts. */
public enum Outcome {
  KILLED, INJURED;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public Casualties of(Assertion a) {
    return this == KILLED ? a.killed() : a.injured();
  }
}
