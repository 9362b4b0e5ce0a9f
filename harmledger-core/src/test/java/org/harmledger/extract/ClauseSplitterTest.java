package org.harmledger.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.harmledger.model.Assertion;
import org.harmledger.model.PublishedFrom;
import org.harmledger.model.ReportKind;
import org.harmledger.model.ReportMetadata;
import org.junit.jupiter.api.Test;

class ClauseSplitterTest {
  private static final ClauseSplitter SPLITTER = new ClauseSplitter(Fixtures.RULES);
  private static final ReportMetadata META = new ReportMetadata(null, "Example News", null, LocalDate.of(2019, 1, 20),
      PublishedFrom.METADATA, "en", ReportKind.NEWS);

  private static List<String> pieces(String text) {
    AnalyzedText t = Fixtures.analyzed(text, null);
    return SPLITTER.split(t, new EventTriggerFinder(Fixtures.RULES).find(t)).stream()
        .map(s -> s.coveredText(text)).toList();
  }

  @Test
  void aSentenceTellingTwoAttacksIsCutAtTheCue() {
    assertThat(pieces("The letters said that on 16 January jets struck Douma, killing 11 civilians, and that on 18 January "
        + "the same jets struck a bridge near Idlib. Nobody else was hurt."))
        .containsExactly("The letters said that on 16 January jets struck Douma, killing 11 civilians,",
            "and that on 18 January the same jets struck a bridge near Idlib.", "Nobody else was hurt.");
    assertThat(pieces("Jets struck Douma on Sunday in retaliation for a rocket attack that killed a contractor on Friday."))
        .containsExactly("Jets struck Douma on Sunday", "in retaliation for a rocket attack that killed a contractor on Friday.");
  }

  @Test
  void aCueWithoutAnAttackOnBothSidesCutsNothing() {
    assertThat(pieces("The ministry said that it had protested and that jets struck Douma on Friday.")).hasSize(1);
    assertThat(pieces("Jets struck Douma in retaliation for the killing of a soldier.")).hasSize(1);
  }

  @Test
  void eachAttackKeepsItsOwnDatePlaceAndFigures() {
    List<Assertion> all = Fixtures.PIPELINE.extract("Activists said that on 16 January jets struck Douma, killing 11 civilians, "
        + "and that on 18 January jets struck a bridge near Idlib, killing 7 people.", META).assertions();
    assertThat(all).extracting(a -> a.eventType() + "@" + a.place().name() + "@" + a.date().start() + ":"
            + a.killed().get(org.harmledger.model.CasualtyCategory.TOTAL).min())
        .containsExactly("airstrike@Douma@2019-01-16:11", "airstrike@Idlib@2019-01-18:7");
  }

  @Test
  void aLaterDeviceIsASecondBombing() {
    assertThat(pieces("A car bomb exploded in Idlib, wounding two passers-by, and hours later a second device went off "
        + "in Douma, killing a teenager.")).hasSize(2);
  }
}
