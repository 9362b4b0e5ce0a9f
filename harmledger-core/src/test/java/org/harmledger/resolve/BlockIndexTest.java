package org.harmledger.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.harmledger.model.DateRef;
import org.harmledger.model.PlaceRef;
import org.junit.jupiter.api.Test;

class BlockIndexTest {
  private final ProfileFactory factory =
      new ProfileFactory(EventFamilies.loadDefault(), PartyRelations.loadDefault());

  private MatchProfile p(DateRef d, PlaceRef place) {
    return factory.of("x", "airstrike", d, place, null);
  }

  private List<Integer> candidates(BlockIndex index, MatchProfile p) {
    List<Integer> found = new ArrayList<>();
    index.candidates(p, found::add);
    return found;
  }

  @Test
  void findsItemsOfTheSameAreaWithinADayOfSlackOnceEach() {
    BlockIndex index = new BlockIndex();
    index.add(0, p(Fixtures.month("2019-01"), Fixtures.BAGHOUZ));
    index.add(1, p(Fixtures.day("2019-01-19"), Fixtures.HAJIN));
    index.add(2, p(Fixtures.day("2019-01-25"), Fixtures.BAGHOUZ));
    index.add(3, p(Fixtures.day("2019-01-18"), Fixtures.MOSUL));
    assertThat(candidates(index, p(Fixtures.day("2019-01-18"), Fixtures.SUSAH))).containsExactlyInAnyOrder(0, 1);
  }

  @Test
  void aPlaceWithoutAdminAreaMeetsEveryAreaOfItsCountry() {
    BlockIndex index = new BlockIndex();
    PlaceRef noAdmin = new PlaceRef("Tal Abyad", null, 36.69, 38.95, null, null, "SY", 1, "Tal Abyad", null);
    index.add(0, p(Fixtures.day("2019-01-18"), noAdmin));
    index.add(1, p(Fixtures.day("2019-01-18"), Fixtures.BAGHOUZ));
    assertThat(candidates(index, p(Fixtures.day("2019-01-18"), Fixtures.HAJIN))).containsExactlyInAnyOrder(0, 1);
    assertThat(candidates(index, p(Fixtures.day("2019-01-18"), noAdmin))).containsExactlyInAnyOrder(0, 1);
  }

  @Test
  void unmatchableProfilesAreNeitherFiledNorAnswered() {
    BlockIndex index = new BlockIndex();
    index.add(0, p(Fixtures.day("2019-01-18"), Fixtures.SYRIA));
    index.add(1, p(Fixtures.day("2019-01-18"), Fixtures.BAGHOUZ));
    assertThat(candidates(index, p(Fixtures.day("2019-01-18"), Fixtures.BAGHOUZ))).containsExactly(1);
    assertThat(candidates(index, p(Fixtures.day("2019-01-18"), Fixtures.SYRIA))).isEmpty();
  }

  @Test
  void unplacedEventsAreFoundFromThePlacedOnesOfTheirCountryOrOfAnyWhenTheyGiveNone() {
    BlockIndex index = new BlockIndex();
    index.add(0, p(Fixtures.day("2019-01-18"), Fixtures.BAGHOUZ));
    index.add(1, p(Fixtures.day("2019-01-18"), Fixtures.MOSUL));
    index.add(2, p(Fixtures.day("2019-02-18"), Fixtures.HAJIN));
    MatchProfile nowhere = p(Fixtures.day("2019-01-19"), null);
    MatchProfile syria = p(Fixtures.day("2019-01-19"), Fixtures.SYRIA);
    index.addUnplaced(3, nowhere);
    index.addUnplaced(4, syria);
    index.addUnplaced(5, p(Fixtures.day("2019-01-19"), Fixtures.BAGHOUZ));

    List<Integer> aroundNowhere = new ArrayList<>();
    index.placedAround(nowhere, aroundNowhere::add);
    List<Integer> aroundSyria = new ArrayList<>();
    index.placedAround(syria, aroundSyria::add);
    List<Integer> nearBaghouz = new ArrayList<>();
    index.unplacedNear(p(Fixtures.day("2019-01-18"), Fixtures.BAGHOUZ), nearBaghouz::add);
    List<Integer> nearMosul = new ArrayList<>();
    index.unplacedNear(p(Fixtures.day("2019-01-18"), Fixtures.MOSUL), nearMosul::add);

    assertThat(aroundNowhere).containsExactlyInAnyOrder(0, 1);
    assertThat(aroundSyria).containsExactly(0);
    assertThat(nearBaghouz).containsExactlyInAnyOrder(3, 4);
    assertThat(nearMosul).containsExactly(3);
    assertThat(candidates(index, p(Fixtures.day("2019-01-19"), Fixtures.SUSAH))).containsExactly(0);
  }
}
