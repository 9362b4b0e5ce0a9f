package org.harmledger.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AliasIndexTest {
  private static final Actor USA = new Actor("usa", "United States", ActorType.FOREIGN_STATE_FORCES, 8, "US", null, List.of());
  private static final Actor COALITION = new Actor("c", "US-led coalition", ActorType.COALITION, 8, null, null, List.of());

  @Test
  void prefersTheLongestAliasAndSkipsPastIt() {
    AliasIndex index = new AliasIndex();
    index.add("US", USA);
    index.add("US-led coalition", COALITION);
    index.add("coalition", COALITION);
    assertThat(index.findMentions("the US-led coalition, the US, the coalition"))
        .extracting(ActorMention::text).containsExactly("US-led coalition", "US", "coalition");
  }

  @Test
  void anUnfinishedLongerAliasFallsBackToTheShorterOne() {
    AliasIndex index = new AliasIndex();
    index.add("US", USA);
    index.add("US-led coalition", COALITION);
    assertThat(index.findMentions("US-led forces")).extracting(m -> m.actor().id()).containsExactly("usa");
  }

  @Test
  void anAcronymInARunOfCapitalsIsNotAMention() {
    AliasIndex index = new AliasIndex();
    index.add("IS", new Actor("isil", "Islamic State", ActorType.NON_STATE_ARMED_GROUP, 2, null, null, List.of()));
    index.add("SDF", new Actor("sdf", "Syrian Democratic Forces", ActorType.NON_STATE_ARMED_GROUP, 2, "SY", null, List.of()));
    assertThat(index.findMentions("THIS SOFTWARE IS PROVIDED")).isEmpty();
    assertThat(index.findMentions("IS fighters attacked the SDF, IS said")).extracting(ActorMention::text)
        .containsExactly("IS", "SDF", "IS");
  }
}
