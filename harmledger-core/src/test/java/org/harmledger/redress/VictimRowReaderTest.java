package org.harmledger.redress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class VictimRowReaderTest {
  private final VictimRowReader reader = new VictimRowReader(AgeGroups.loadDefault(), VictimRowReader.COLUMNS);

  private static List<String> row(String... fields) {
    return List.of(fields);
  }

  @Test
  void readsAFullRow() {
    Victim v = reader.read(2, row("v-1", "Mohammed", "Ahmad", "al-Hassan", "محمد أحمد الحسن", "Abu Ali|Hamoudi",
        "male", "34", "civilian", "killed", "2019-01-18", "inc-1", "aa|bb"));
    assertThat(v.id()).isEqualTo("v-1");
    assertThat(v.names().given()).isEqualTo("Mohammed");
    assertThat(v.names().aliases()).containsExactly("Abu Ali", "Hamoudi");
    assertThat(v.sex()).isEqualTo(Sex.MALE);
    assertThat(v.age()).isEqualTo(Age.years(34));
    assertThat(v.outcome()).isEqualTo(VictimOutcome.KILLED);
    assertThat(v.date()).isEqualTo(LocalDate.parse("2019-01-18"));
    assertThat(v.incidentId()).isEqualTo("inc-1");
    assertThat(v.sources()).containsExactly("aa", "bb");
  }

  @Test
  void blankOptionalFieldsAreUnknown() {
    Victim v = reader.read(3, row("v-2", "", "", "", "", "", "", "", "unknown", "missing", "", "", ""));
    assertThat(v.names().isEmpty()).isTrue();
    assertThat(v.sex()).isEqualTo(Sex.UNKNOWN);
    assertThat(v.age().isKnown()).isFalse();
    assertThat(v.incidentId()).isNull();
  }

  @Test
  void wrongFieldNamesRowAndField() {
    assertThatThrownBy(() -> reader.read(7, row("v-3", "", "", "", "", "", "x", "", "civilian", "killed", "", "", "")))
        .isInstanceOf(RowFormatException.class)
        .hasMessageStartingWith("row 7, field 'sex': unknown sex 'x'");
    assertThatThrownBy(() -> reader.read(8, row("v-3", "", "", "", "", "", "", "", "civilian", "dead", "", "", "")))
        .hasMessageStartingWith("row 8, field 'outcome'");
    assertThatThrownBy(() -> reader.read(9, row("v-3", "", "", "", "", "", "", "", "civilian", "killed", "18/01/2019",
        "", ""))).hasMessageStartingWith("row 9, field 'date'");
    assertThatThrownBy(() -> reader.read(10, row("", "", "", "", "", "", "", "", "civilian", "killed", "", "", "")))
        .hasMessage("row 10, field 'id': required but empty");
    assertThatThrownBy(() -> reader.read(11, row("v-3"))).hasMessageStartingWith("row 11, field '*': expected 13");
  }

  @Test
  void headerMayOmitOptionalColumnsButNotRequiredOnes() {
    VictimRowReader small = new VictimRowReader(AgeGroups.loadDefault(), List.of("outcome", "id", "status"));
    assertThat(small.read(2, row("injured", "v-9", "civilian")).outcome()).isEqualTo(VictimOutcome.INJURED);
    assertThatThrownBy(() -> new VictimRowReader(AgeGroups.loadDefault(), List.of("id", "status")))
        .hasMessage("row 1, field 'outcome': required column missing");
    assertThatThrownBy(() -> new VictimRowReader(AgeGroups.loadDefault(), List.of("id", "status", "outcome", "nick")))
        .hasMessageStartingWith("row 1, field 'nick': unknown column");
  }
}
