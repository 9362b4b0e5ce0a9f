package org.harmledger.redress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.harmledger.model.Sha256;
import org.junit.jupiter.api.Test;

class EraserTest {
  private final Eraser eraser = new Eraser();

  @Test
  void erasingAVictimKeepsTheRecordAndHashesTheNames() {
    Victim v = RedressFixtures.victim("v-1", "Ahmad", "Ali", "Jaber", "inc-1");
    Erasure<Victim> e = eraser.erase(v, "dpo", RedressFixtures.T0, "request of the family");
    assertThat(e.record().names().isEmpty()).isTrue();
    assertThat(e.record().publicView()).isEqualTo(v.publicView());
    Tombstone t = e.tombstone();
    assertThat(t.subjectKind()).isEqualTo("victim");
    assertThat(t.subjectId()).isEqualTo("v-1");
    assertThat(t.erased()).isEqualTo(Sha256.of(("victim v-1\n" + v.names().canonicalText())
        .getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void erasingAClaimantRemovesNamesAndContactButKeepsRelationships() {
    Claimant k = new Claimant("k-1", PersonNames.latin("Huda", null, "Jaber"), new Contact("1", null, null), "F",
        List.of(new Relationship("v-1", Kinship.SPOUSE)));
    Erasure<Claimant> e = eraser.erase(k, "dpo", RedressFixtures.T0, "right to erasure");
    assertThat(e.record().names().isEmpty()).isTrue();
    assertThat(e.record().contact().isEmpty()).isTrue();
    assertThat(e.record().publicView()).isEqualTo(k.publicView());
    assertThat(e.tombstone().erased()).isNotEqualTo(eraser.erase(k.withPersonalData(PersonNames.none(),
        Contact.none()), "dpo", RedressFixtures.T0, "x").tombstone().erased());
  }

  @Test
  void erasureNeedsActorAndReason() {
    Victim v = RedressFixtures.victim("v-1", "Ahmad", "Ali", "Jaber", "inc-1");
    assertThatThrownBy(() -> eraser.erase(v, "", RedressFixtures.T0, "x")).hasMessage("an erasure needs the person who made it");
  }
}
