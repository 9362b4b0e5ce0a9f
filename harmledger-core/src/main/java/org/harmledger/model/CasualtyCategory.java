package org.harmledger.model;

import java.util.Locale;

/** The groups casualty figures are kept for; {@code TOTAL} is everyone regardless of group. */
public enum CasualtyCategory {
  TOTAL, CIVILIANS, CHILDREN, WOMEN, MEN, COMBATANTS;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
