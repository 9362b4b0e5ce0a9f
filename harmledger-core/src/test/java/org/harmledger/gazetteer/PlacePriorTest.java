package org.harmledger.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlacePriorTest {

  private static Place place(long id, String code, long population) {
    return new Place(id, "X" + id, List.of(), code.startsWith("ADM") ? "A" : "P", code, "SY",
        "07", null, null, null, 35, 40, population);
  }

  @Test
  void ordersCapitalsThenAdmin1ThenSeatsAndTownsThenDistricts() {
    List<Place> places = new ArrayList<>(List.of(
        place(1, "ADM2", 0), place(2, "PPL", 100), place(3, "PPLA3", 5), place(4, "ADM1", 0),
        place(5, "PPLA", 10), place(6, "PPLA2", 1)));
    places.sort(PlacePrior.ORDER);
    assertThat(places).extracting(Place::geonamesId).containsExactly(5L, 4L, 6L, 3L, 2L, 1L);
  }

  @Test
  void largerPopulationFirstWithinARank() {
    List<Place> places = new ArrayList<>(List.of(place(1, "PPL", 10), place(2, "PPL", 500), place(3, "PPL", 500)));
    places.sort(PlacePrior.ORDER);
    assertThat(places).extracting(Place::geonamesId).containsExactly(2L, 3L, 1L);
  }
}
