package org.harmledger.redress;

import java.util.List;

/**
 * PersonNames are a person's names as recorded: given name, father's name and family name in
 * Latin script, the full name in Arabic script, and aliases (other spellings, nicknames, a kunya
 * such as Abu Ahmad). Any may be null; an unnamed victim has none.
 */
public record PersonNames(String given, String father, String family, String arabic, List<String> aliases)
    implements PersonalData {

  public PersonNames {
    given = blankToNull(given);
    father = blankToNull(father);
    family = blankToNull(family);
    arabic = blankToNull(arabic);
    aliases = aliases == null ? List.of() : aliases.stream().map(String::strip).filter(a -> !a.isEmpty()).toList();
  }

  public static PersonNames none() {
    return new PersonNames(null, null, null, null, List.of());
  }

  public static PersonNames latin(String given, String father, String family) {
    return new PersonNames(given, father, family, null, List.of());
  }

  /** The Latin names in order given, father, family, skipping missing ones. */
  public String latinFull() {
    StringBuilder sb = new StringBuilder();
    for (String part : new String[] {given, father, family}) {
      if (part != null) {
        sb.append(sb.length() == 0 ? "" : " ").append(part);
      }
    }
    return sb.toString();
  }

  @Override
  public String canonicalText() {
    return "given=" + nz(given) + "\nfather=" + nz(father) + "\nfamily=" + nz(family) + "\narabic=" + nz(arabic)
        + "\naliases=" + String.join("|", aliases) + "\n";
  }

  @Override
  public boolean isEmpty() {
    return given == null && father == null && family == null && arabic == null && aliases.isEmpty();
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
