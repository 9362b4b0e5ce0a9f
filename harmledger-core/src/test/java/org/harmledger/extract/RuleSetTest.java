package org.harmledger.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.harmledger.model.CasualtyCategory;
import org.junit.jupiter.api.Test;

class RuleSetTest {

  @Test
  void loadsTheTaxonomyWithItsAcledAndCameoMappings() {
    RuleSet rules = RuleSet.loadDefault();
    assertThat(rules.eventTypes()).extracting(EventType::id).contains("airstrike", "drone_strike", "shelling",
        "chemical_attack", "bombing", "armed_clash", "massacre", "abduction", "property_destruction",
        "statement.condemnation", "statement.demand", "statement.accusation", "statement.denial",
        "statement.acknowledgement");
    EventType airstrike = rules.eventTypes().stream().filter(t -> t.id().equals("airstrike")).findFirst().orElseThrow();
    assertThat(airstrike.acledSubEvent()).isEqualTo("Air/drone strike");
    assertThat(airstrike.cameo()).isEqualTo("195");
    assertThat(rules.eventTypes()).filteredOn(EventType::generic).extracting(EventType::id).containsExactly("attack", "shelling", "airstrike");
    assertThat(rules.nonTriggers()).contains("fighting position*", "accused of");
  }

  @Test
  void loadsWordListsIntoTypedValues() {
    RuleSet rules = RuleSet.loadDefault();
    assertThat(rules.numbers().vague()).containsEntry("dozens", 12L).containsEntry("scores", 20L);
    assertThat(rules.numbers().qualifiers()).containsEntry("at least", Qualifier.AT_LEAST);
    assertThat(rules.casualties().nouns()).containsEntry("children", CasualtyCategory.CHILDREN)
        .containsEntry("people", CasualtyCategory.TOTAL);
    assertThat(rules.dates().weekdays()).containsEntry("Friday", 5);
  }

  @Test
  void hashIsStableAndFollowsTheRuleFiles() {
    byte[] taxonomy = RuleSet.resource("/org/harmledger/extract/taxonomy.json");
    byte[] rules = RuleSet.resource("/org/harmledger/extract/rules.json");
    assertThat(RuleSet.of(taxonomy, rules).hash()).isEqualTo(RuleSet.loadDefault().hash()).hasSize(64);
    byte[] changed = new String(rules, StandardCharsets.UTF_8).replace("\"dozens\": 12", "\"dozens\": 13")
        .getBytes(StandardCharsets.UTF_8);
    assertThat(RuleSet.of(taxonomy, changed).hash()).isNotEqualTo(RuleSet.loadDefault().hash());
  }

  @Test
  void brokenRulesNameTheProblem() {
    byte[] taxonomy = RuleSet.resource("/org/harmledger/extract/taxonomy.json");
    assertThatThrownBy(() -> RuleSet.of(taxonomy, "{not json".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not valid JSON");
  }
}
