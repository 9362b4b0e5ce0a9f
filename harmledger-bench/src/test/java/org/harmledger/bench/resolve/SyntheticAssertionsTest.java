package org.harmledger.bench.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.harmledger.resolve.IncidentResolver;
import org.harmledger.resolve.Resolution;
import org.harmledger.resolve.SourcedAssertion;
import org.junit.jupiter.api.Test;

class SyntheticAssertionsTest {
  @Test
  void generatesExactlyNReproducibleAssertionsWithUniqueIds() {
    List<SourcedAssertion> a = SyntheticAssertions.generate(2_000, 7);
    assertThat(a).hasSize(2_000).isEqualTo(SyntheticAssertions.generate(2_000, 7));
    assertThat(a.stream().map(SourcedAssertion::assertionId).distinct().count()).isEqualTo(2_000);
    assertThat(a).isNotEqualTo(SyntheticAssertions.generate(2_000, 8));
  }

  @Test
  void spansThreeCountriesAndFiveYearsInsideTheirBoxes() {
    List<SourcedAssertion> a = SyntheticAssertions.generate(5_000, 1);
    Set<String> countries = a.stream().map(x -> x.assertion().place().country()).collect(Collectors.toSet());
    assertThat(countries).containsExactlyInAnyOrder("SY", "IQ", "YE");
    Set<Integer> years = a.stream().map(x -> x.assertion().date().start().getYear()).collect(Collectors.toSet());
    assertThat(years).containsExactlyInAnyOrder(2015, 2016, 2017, 2018, 2019);
    assertThat(a).filteredOn(x -> "YE".equals(x.assertion().place().country()) && x.assertion().place().lat() != null)
        .allMatch(x -> x.assertion().place().lat() >= 12.6 && x.assertion().place().lat() <= 19.0);
  }

  @Test
  void resolvesIntoFewerIncidentsThanAssertions() {
    List<SourcedAssertion> a = SyntheticAssertions.generate(3_000, 3);
    Resolution r = IncidentResolver.loadDefault().resolve(a, List.of());
    assertThat(r.incidents().size()).isBetween(a.size() / 4, a.size() - 1);
    // Statements that answer no incident stay unattached; every other assertion is in one incident.
    assertThat(r.incidents().stream().mapToInt(i -> i.members().size()).sum() + r.unattached().size())
        .isEqualTo(a.size());
    assertThat(a).filteredOn(x -> r.unattached().contains(x.assertionId()))
        .allMatch(x -> x.assertion().isStatement());
  }
}
