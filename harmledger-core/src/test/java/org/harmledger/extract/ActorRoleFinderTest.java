package org.harmledger.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ActorRoleFinderTest {
  private static final ActorRoleFinder FINDER = new ActorRoleFinder(Fixtures.RULES, Fixtures.ACTORS);

  private static List<String> roles(String text) {
    return FINDER.find(Fixtures.analyzed(text, null)).stream()
        .map(r -> r.role() + (r.strong() ? "" : "?") + ":" + (r.actor().actorId() == null ? r.actor().name() : r.actor().actorId()))
        .toList();
  }

  @Test
  void perpetratorCues() {
    assertThat(roles("Airstrikes carried out by the US-led coalition hit the town."))
        .containsExactly("PERPETRATOR:us_led_coalition");
    assertThat(roles("Russian warplanes struck Idlib.")).containsExactly("PERPETRATOR:russian_forces");
    assertThat(roles("Regime helicopters dropped barrel bombs.")).containsExactly("PERPETRATOR:syrian_government_forces");
    assertThat(roles("Warplanes of the coalition struck.")).containsExactly("PERPETRATOR:us_led_coalition");
  }

  @Test
  void claimantCues() {
    assertThat(roles("Five died, according to the Observatory.")).containsExactly("CLAIMANT:sohr");
    assertThat(roles("The Observatory said five died.")).containsExactly("CLAIMANT:sohr");
    assertThat(roles("The Foreign Ministry condemned the raid.")).containsExactly("CLAIMANT:syria_mofa");
  }

  @Test
  void theTargetOfAStatementIsThePerpetrator() {
    assertThat(roles("The Foreign Ministry condemned the coalition for the raid."))
        .containsExactly("CLAIMANT:syria_mofa", "PERPETRATOR:us_led_coalition");
  }

  @Test
  void anActorThatSaysItStruckIsBothClaimantAndPerpetrator() {
    assertThat(roles("The coalition said on Friday it had struck ISIS fighters."))
        .startsWith("CLAIMANT:us_led_coalition", "PERPETRATOR:us_led_coalition");
  }

  @Test
  void aSourceBlamingAPartyNamesThePerpetrator() {
    assertThat(roles("A drone struck two cars, the Observatory said in a statement blaming Russia."))
        .containsExactly("CLAIMANT:sohr", "PERPETRATOR:russian_forces");
  }

  @Test
  void aStandingClaimInThePresentTenseIsNoSelfReport() {
    assertThat(roles("Russia says it targets only militants.")).containsExactly("CLAIMANT:russian_forces");
  }

  @Test
  void officialSourcesAreUnnamedClaimants() {
    assertThat(roles("Shelling killed two people, a police source told the agency.")).containsExactly("CLAIMANT:a police source");
    assertThat(roles("Gunmen shot four shepherds, the district's mayor said.")).containsExactly("CLAIMANT:mayor");
  }

  @Test
  void theAddresseeOfADemandPlaysNoRole() {
    assertThat(roles("The Foreign Ministry demanded that the coalition stop the raids.")).containsExactly("CLAIMANT:syria_mofa");
  }

  @Test
  void aSpeechVerbAFewWordsOnMakesAClaimant() {
    assertThat(roles("The Observatory in its daily report said five died.")).containsExactly("CLAIMANT:sohr");
  }

  @Test
  void thePartyAnAttackIsAimedAtPlaysNoRole() {
    assertThat(roles("Coalition jets struck ISIS fighters near the town held by Daesh.")).containsExactly("PERPETRATOR:us_led_coalition");
  }

  @Test
  void aPartyAimedAtThroughItsMembersPlaysNoRole() {
    assertThat(roles("Daesh gunmen fired at the fighters of the Syrian army from the houses."))
        .containsExactly("PERPETRATOR:isis");
    assertThat(roles("Fighters of the Syrian army advanced.")).containsExactly("PERPETRATOR:syrian_government_forces");
  }

  @Test
  void aFirstPersonAccountWithNobodyCitedIsAWitnesss() {
    assertThat(roles("I was at the market when the jets came.")).containsExactly("CLAIMANT:witnesses");
    assertThat(roles("\"We ran\", the Observatory said.")).containsExactly("CLAIMANT:sohr");
  }

  @Test
  void unnamedSourcesAreClaimantsWithoutId() {
    assertThat(roles("Local activists said ten people died.")).containsExactly("CLAIMANT:Local activists");
  }

  @Test
  void withoutCueTheActorTypeGivesAWeakRole() {
    assertThat(roles("The coalition and the Observatory were in the news."))
        .containsExactly("PERPETRATOR?:us_led_coalition", "CLAIMANT?:sohr");
  }

  @Test
  void aDateBetweenSpeakerAndVerbKeepsTheSpeaker() {
    assertThat(roles("The Foreign Ministry on Wednesday condemned the raid.")).containsExactly("CLAIMANT:syria_mofa");
    assertThat(roles("The Foreign Ministry condemned on 7 November 2017 the raid.")).containsExactly("CLAIMANT:syria_mofa");
    assertThat(roles("The Foreign Ministry yesterday accused the coalition.")).containsExactly("CLAIMANT:syria_mofa",
        "PERPETRATOR:us_led_coalition");
  }

  @Test
  void civiliansAreNeverThePerpetrator() {
    ActorRoleFinder withCivilians = new ActorRoleFinder(Fixtures.RULES, new org.harmledger.actors.ActorDictionary(List.of(
        new org.harmledger.actors.Actor("civilians", "civilians", org.harmledger.actors.ActorType.CIVILIANS, 0, null, null,
            List.of("civilians")),
        new org.harmledger.actors.Actor("isis", "Islamic State", org.harmledger.actors.ActorType.NON_STATE_ARMED_GROUP, 2,
            null, null, List.of("ISIS")))));
    assertThat(withCivilians.find(Fixtures.analyzed("The number of civilians killed in the raid rose to 27.", null)))
        .noneMatch(r -> r.role() == ActorRole.PERPETRATOR);
    assertThat(withCivilians.find(Fixtures.analyzed("ISIS killed 3 people in the raid.", null)))
        .anyMatch(r -> r.role() == ActorRole.PERPETRATOR && r.strong());
  }

  @Test
  void theGroupVictimsWereSuspectedOfJoiningIsNoPerpetrator() {
    assertThat(roles("Soldiers executed four men suspected of ties to ISIS.")).isEmpty();
    assertThat(roles("Gunmen executed four men accused of belonging to ISIS.")).isEmpty();
    assertThat(roles("Rockets killed a contractor working with the coalition.")).isEmpty();
  }

  @Test
  void whatAProtestIsAgainstIsThePartyProtestedNotATarget() {
    assertThat(roles("The ministry summoned the envoy to protest against a Russian air strike."))
        .contains("PERPETRATOR:russian_forces");
    assertThat(roles("Jets struck against Russian positions.")).isEmpty();
  }
}
