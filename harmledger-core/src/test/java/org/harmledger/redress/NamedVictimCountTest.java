package org.harmledger.redress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.harmledger.model.CasualtyCategory;
import org.harmledger.resolve.Attribution;
import org.harmledger.resolve.AttributionStatus;
import org.harmledger.resolve.BelligerentResponse;
import org.harmledger.resolve.Figure;
import org.harmledger.resolve.Grade;
import org.harmledger.resolve.GradeAssessment;
import org.harmledger.resolve.Incident;
import org.harmledger.resolve.Outcome;
import org.junit.jupiter.api.Test;

class NamedVictimCountTest {
  private static Incident incident(List<Figure> figures) {
    return new Incident("inc-1", "a-1", "airstrike", null, null,
        new Attribution("us_led_coalition", AttributionStatus.SINGLE, Map.of("us_led_coalition", 2)), List.of(),
        figures, new GradeAssessment(Grade.FAIR, "grade.fair", "two sources"), BelligerentResponse.NOT_ASSESSED,
        List.of(), List.of());
  }

  private static Figure killed(CasualtyCategory category, long low, long best, Long high) {
    return new Figure(Outcome.KILLED, category, low, best, high, "r", List.of(), List.of(), null);
  }

  private static List<Victim> victims() {
    List<Victim> victims = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      victims.add(RedressFixtures.victim("v-" + i, "Name" + i, null, "Jaber", "inc-1"));
    }
    victims.add(new Victim("v-unnamed", PersonNames.none(), Sex.UNKNOWN, Age.unknown(), VictimStatus.CIVILIAN,
        VictimOutcome.KILLED, LocalDate.parse("2019-01-18"), "inc-1", List.of()));
    victims.add(new Victim("v-hurt", PersonNames.latin("Ali", null, null), Sex.MALE, Age.unknown(),
        VictimStatus.CIVILIAN, VictimOutcome.INJURED, null, "inc-1", List.of()));
    victims.add(RedressFixtures.victim("v-elsewhere", "Omar", null, "Jaber", "inc-2"));
    return victims;
  }

  @Test
  void namedKilledOfTheIncidentAgainstItsTotalFigure() {
    NamedVictimCount n = NamedVictimCount.of(incident(List.of(killed(CasualtyCategory.TOTAL, 18, 20, 25L),
        killed(CasualtyCategory.CIVILIANS, 10, 10, 10L))), victims());
    assertThat(n.named()).isEqualTo(7);
    assertThat(n.describe()).isEqualTo("named 7 of best 20 (low 18, high 25)");
  }

  @Test
  void fallsBackToTheCivilianFigureThenToNone() {
    assertThat(NamedVictimCount.of(incident(List.of(killed(CasualtyCategory.CIVILIANS, 9, 12, null))), victims())
        .describe()).isEqualTo("named 7 of best 12 (low 9, high open)");
    assertThat(NamedVictimCount.of(incident(List.of()), victims()).describe()).isEqualTo("named 7; no killed figure");
  }
}
