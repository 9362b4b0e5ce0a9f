package org.harmledger.redress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class VictimRowWriterTest {
  private final VictimRowReader reader = new VictimRowReader(AgeGroups.loadDefault(), VictimRowReader.COLUMNS);

  @Test
  void values_readBackToTheSameVictim() {
    Victim full = new Victim("v-1", new PersonNames("Mariam", "Ahmad", "al-Hassan", "مريم الحسن",
        List.of("Umm Ali", "Mimi")), Sex.FEMALE, new Age(30, 39, null), VictimStatus.CIVILIAN, VictimOutcome.KILLED,
        LocalDate.parse("2019-01-18"), "inc-1", List.of("ab".repeat(32), "cd".repeat(32)));
    Victim bare = new Victim("v-2", PersonNames.none(), Sex.UNKNOWN, Age.unknown(), VictimStatus.UNKNOWN,
        VictimOutcome.MISSING, null, null, List.of());

    assertThat(reader.read(2, VictimRowWriter.values(full))).isEqualTo(full);
    assertThat(reader.read(2, VictimRowWriter.values(bare))).isEqualTo(bare);
    assertThat(VictimRowWriter.values(full)).hasSize(VictimRowReader.COLUMNS.size())
        .contains("Umm Ali|Mimi", "30-39", "2019-01-18");
  }
}
