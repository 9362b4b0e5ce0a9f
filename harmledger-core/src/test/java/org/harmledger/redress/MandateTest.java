package org.harmledger.redress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.harmledger.resolve.Grade;
import org.junit.jupiter.api.Test;

class MandateTest {
  @Test
  void theExampleMandateLoads() {
    Mandate m = Mandate.loadExample();
    assertThat(m.from()).isEqualTo(LocalDate.parse("2017-01-01"));
    assertThat(m.territories()).extracting(Territory::describe).contains("SY/Deir ez-Zor", "IQ/Nineveh");
    assertThat(m.perpetrators()).containsExactly("us_led_coalition");
    assertThat(m.minimumGrade()).isEqualTo(Grade.FAIR);
    assertThat(m.source()).isNotBlank();
  }

  @Test
  void gradesAtOrAboveTheMinimumAreAccepted() {
    Mandate m = RedressFixtures.MANDATE;
    assertThat(m.accepts(Grade.CONFIRMED)).isTrue();
    assertThat(m.accepts(Grade.FAIR)).isTrue();
    assertThat(m.accepts(Grade.WEAK)).isFalse();
    assertThat(m.accepts(Grade.CONTESTED)).isFalse();
  }

  @Test
  void badFileNamesTheFileAndField() {
    String json = "{\"programme\":\"p\",\"from\":\"2019-13-01\",\"to\":\"2019-12-01\",\"minimum_grade\":\"fair\","
        + "\"territories\":[{\"country\":\"SY\"}]}";
    assertThatThrownBy(() -> Mandate.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "m.json"))
        .hasMessageStartingWith("m.json: dates must be ISO dates");
    String noGrade = "{\"programme\":\"p\",\"from\":\"2019-01-01\",\"to\":\"2019-12-01\",\"territories\":[]}";
    assertThatThrownBy(() -> Mandate.read(new ByteArrayInputStream(noGrade.getBytes(StandardCharsets.UTF_8)), "m.json"))
        .hasMessage("m.json: 'minimum_grade' is required");
    String badGrade = noGrade.replace("\"territories\"", "\"minimum_grade\":\"good\",\"territories\"");
    assertThatThrownBy(() -> Mandate.read(new ByteArrayInputStream(badGrade.getBytes(StandardCharsets.UTF_8)), "m.json"))
        .hasMessageStartingWith("m.json: unknown minimum_grade 'good'");
  }
}
