package org.harmledger.resolve;

import java.util.List;
import java.util.Objects;
import org.harmledger.model.Sha256;

/**
 * A ReportUnit is what one report says about one event: the assertions of the report that tell
 * of it (its anchor, the report's most precise event assertion about it, first) and the profile
 * they are matched by together, so a report's lead and body never split into several incidents.
 * A unit of statements only (its profile is a statement's) answers an event its report does
 * not describe: it joins the incident it is about, or stays an unattached statement.
 */
public record ReportUnit(Sha256 reportId, MatchProfile profile, List<String> memberIds) {
  public ReportUnit {
    Objects.requireNonNull(reportId, "reportId");
    Objects.requireNonNull(profile, "profile");
    memberIds = List.copyOf(memberIds);
    if (memberIds.isEmpty() || !memberIds.get(0).equals(profile.id())) {
      throw new IllegalArgumentException("a unit's profile must be its first member's, got " + profile.id());
    }
  }

  public String anchorId() {
    return profile.id();
  }
}
