package org.harmledger.redress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class AwardScheduleTest {
  @Test
  void theUnccModelPaysTwentyFiveHundredPerPersonAndTenThousandPerFamily() {
    AwardSchedule s = AwardSchedule.loadUnccModel();
    assertThat(s.currency()).isEqualTo("USD");
    LossCategory death = s.category("death").orElseThrow();
    assertThat(death.amount()).isEqualTo(2500);
    assertThat(death.needsVictims()).isTrue();
    assertThat(death.illustrative()).isFalse();
    CapGroup personal = s.capGroup(death.capGroup());
    assertThat(personal.perPerson()).isEqualTo(2500);
    assertThat(personal.perFamily()).isEqualTo(10000);
    assertThat(s.category("home_destroyed").orElseThrow().illustrative()).isTrue();
    assertThat(s.source()).contains("UNCC");
  }

  @Test
  void aCategoryMustNameAKnownCapGroupAndBeUnique() {
    LossCategory c = new LossCategory("death", "", 1, "nowhere", true, false);
    assertThatThrownBy(() -> new AwardSchedule("s", "USD", List.of(c), List.of(), ""))
        .hasMessage("schedule s: loss category death names unknown cap group nowhere");
    LossCategory d = new LossCategory("death", "", 1, "g", true, false);
    assertThatThrownBy(() -> new AwardSchedule("s", "USD", List.of(d, d), List.of(new CapGroup("g", null, null)), ""))
        .hasMessage("schedule s: loss category death given twice");
  }
}
