package org.harmledger.redress;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * AgeGroups reads an age as sources and registers write it: whole years ({@code 34}), a range
 * ({@code 30-39}), an open range ({@code 60+}) or a named group from a data file
 * ({@code age-groups.txt}: {@code child 0 17}). Immutable and thread-safe.
 */
public final class AgeGroups {
  private static final String DEFAULT_RESOURCE = "age-groups.txt";
  private static final Pattern YEARS = Pattern.compile("(\\d{1,3})(?:\\s*(-)\\s*(\\d{1,3})|(\\+))?");

  private final Map<String, Age> groups;

  public AgeGroups(Map<String, Age> groups) {
    this.groups = Map.copyOf(groups);
  }

  /** The groups shipped with Harm Ledger. */
  public static AgeGroups loadDefault() {
    return read(DataFiles.lines(DEFAULT_RESOURCE));
  }

  /** Reads groups from lines {@code code low high} ({@code high} may be {@code +}); {@code #} starts a comment. */
  public static AgeGroups read(List<String> lines) {
    Map<String, Age> groups = new LinkedHashMap<>();
    for (String line : lines) {
      String[] f = line.split("\\s+");
      if (f.length != 3) {
        throw new IllegalArgumentException("age group line '" + line + "' must be: code low high");
      }
      Integer high = "+".equals(f[2]) ? null : Integer.valueOf(f[2]);
      groups.put(f[0], new Age(Integer.valueOf(f[1]), high, f[0]));
    }
    return new AgeGroups(groups);
  }

  /** Parses an age; blank is unknown. */
  public Age parse(String text) {
    if (text == null || text.isBlank()) {
      return Age.unknown();
    }
    String t = text.trim().toLowerCase(Locale.ROOT);
    Age group = groups.get(t);
    if (group != null) {
      return group;
    }
    Matcher m = YEARS.matcher(t);
    if (!m.matches()) {
      throw new IllegalArgumentException("expected years (34), a range (30-39, 60+) or a group " + groups.keySet()
          + " but was '" + text + "'");
    }
    int low = Integer.parseInt(m.group(1));
    if (m.group(4) != null) {
      return new Age(low, null, null);
    }
    int high = m.group(3) == null ? low : Integer.parseInt(m.group(3));
    if (high < low) {
      throw new IllegalArgumentException("age range '" + text + "' ends before it starts");
    }
    return new Age(low, high, null);
  }
}
