package org.harmledger.store.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.harmledger.resolve.Incident;
import org.harmledger.resolve.Resolution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseSelectionTest {
  @TempDir
  Path dir;

  @Test
  void select_byIncidentOrPerpetrator() {
    Resolution resolution = new CaseLedger(dir).incidents.current();
    Incident first = resolution.incidents().get(0);

    assertThat(CaseSelection.incident(first.id()).select(resolution)).containsExactly(first);
    String actor = resolution.incidents().stream().map(i -> i.attribution().perpetrator())
        .filter(java.util.Objects::nonNull).findFirst().orElseThrow();
    assertThat(CaseSelection.perpetrator(actor).select(resolution))
        .isNotEmpty().allMatch(i -> actor.equals(i.attribution().perpetrator()));
    assertThatThrownBy(() -> CaseSelection.perpetrator("nobody").select(resolution))
        .hasMessage("perpetrator nobody: no incident in the ledger is attributed to this actor");
  }

  @Test
  void new_needsExactlyOne() {
    assertThatThrownBy(() -> new CaseSelection(null, null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CaseSelection("inc-1", "isil")).isInstanceOf(IllegalArgumentException.class);
    assertThat(CaseSelection.perpetrator("isil").describe()).isEqualTo("perpetrator isil");
  }
}
