package org.harmledger.redress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimantTest {
  private final Claimant claimant = new Claimant("k-1", PersonNames.latin("Huda", null, "Jaber"),
      new Contact("+963 000", "huda@example.org", null), null, List.of(new Relationship("v-1", Kinship.SPOUSE)));

  @Test
  void aClaimantWithoutFamilyIsAFamilyAlone() {
    assertThat(claimant.family()).isEqualTo("k-1");
    assertThat(new Claimant("k-2", PersonNames.none(), Contact.none(), "F-7", List.of()).family()).isEqualTo("F-7");
  }

  @Test
  void kinshipToAVictim() {
    assertThat(claimant.kinshipTo("v-1")).contains(Kinship.SPOUSE);
    assertThat(claimant.kinshipTo("v-2")).isEmpty();
  }

  @Test
  void publicViewDropsNamesAndContact() {
    assertThat(claimant.publicView().toString()).doesNotContain("Huda").doesNotContain("example.org")
        .contains("v-1");
  }
}
