package org.harmledger.store.redress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.harmledger.redress.AgeGroups;
import org.harmledger.redress.RowFormatException;
import org.harmledger.redress.Sex;
import org.harmledger.redress.Victim;
import org.junit.jupiter.api.Test;

class VictimCsvTest {
  private final VictimCsv csv = new VictimCsv(AgeGroups.loadDefault());

  @Test
  void read_quotedFieldsAndAnyColumnOrder_victimsInFileOrder() throws Exception {
    String file = "outcome,status,id,given_name,family_name,aliases,sex\n"
        + "killed,civilian,v-1,Khaled,\"al-Ali, Jr\",Abu Omar|Khalid,male\n"
        + "\n"
        + "injured,civilian,v-2,,,,\n";

    List<Victim> victims = csv.read(new StringReader(file));

    assertThat(victims).extracting(Victim::id).containsExactly("v-1", "v-2");
    assertThat(victims.get(0).names().family()).isEqualTo("al-Ali, Jr");
    assertThat(victims.get(0).names().aliases()).containsExactly("Abu Omar", "Khalid");
    assertThat(victims.get(0).sex()).isEqualTo(Sex.MALE);
    assertThat(victims.get(1).names().isEmpty()).isTrue();
  }

  @Test
  void read_badRow_namesRowAndField() {
    String file = "id,status,outcome,sex\nv-1,civilian,killed,male\nv-2,civilian,killed,x\n";

    assertThatThrownBy(() -> csv.read(new StringReader(file)))
        .isInstanceOf(RowFormatException.class)
        .hasMessageStartingWith("row 3, field 'sex': ");
  }

  @Test
  void read_emptyFile_saysSo() {
    assertThatThrownBy(() -> csv.read(new StringReader("")))
        .isInstanceOf(RowFormatException.class)
        .hasMessageContaining("empty");
  }
}
