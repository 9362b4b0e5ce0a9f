package org.harmledger.redress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harmledger.redress.RedressFixtures.claim;
import static org.harmledger.redress.RedressFixtures.victim;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SubjectExportTest {
  private final Map<String, Victim> victims = RedressFixtures.byId(Victim::id,
      List.of(victim("v-1", "Ahmad", "Ali", "Jaber", "inc-1"), victim("v-2", "Sara", "Ali", "Jaber", "inc-1")));
  private final List<Claim> claims = List.of(claim("c-1", "k-1", "inc-1", "death", 1, "v-1", "v-2"),
      claim("c-2", "k-2", "inc-1", "death", 2, "v-2"));

  @Test
  void aClaimantGetsTheirRecordTheirClaimsAndTheirVictimsWithoutNames() {
    Claimant k = RedressFixtures.claimant("k-1", null, "v-1", "v-2");
    SubjectExport e = SubjectExport.forClaimant(k, claims, victims);
    assertThat(e.claimant()).isEqualTo(k);
    assertThat(e.claims()).extracting(Claim::id).containsExactly("c-1");
    assertThat(e.otherVictims()).extracting(PublicVictim::id).containsExactly("v-1", "v-2");
    assertThat(e.toString()).doesNotContain("Sara");
  }

  @Test
  void aVictimGetsTheirRecordAndTheClaimsNamingThem() {
    SubjectExport e = SubjectExport.forVictim(victims.get("v-2"), claims, victims);
    assertThat(e.victim().names().given()).isEqualTo("Sara");
    assertThat(e.claims()).extracting(Claim::id).containsExactly("c-1", "c-2");
    assertThat(e.otherVictims()).extracting(PublicVictim::id).containsExactly("v-1");
  }
}
