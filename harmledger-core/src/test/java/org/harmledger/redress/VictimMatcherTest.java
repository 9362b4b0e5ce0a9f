package org.harmledger.redress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class VictimMatcherTest {
  private static final VictimMatcher MATCHER = VictimMatcher.loadDefault();

  private static Victim person(String id, PersonNames names, Sex sex, Age age, String incident) {
    return new Victim(id, names, sex, age, VictimStatus.CIVILIAN, VictimOutcome.KILLED, LocalDate.parse("2019-01-18"),
        incident, List.of());
  }

  @Test
  void variantSpellingsOfOnePersonAreProposedWithReasons() {
    Victim a = person("v1", PersonNames.latin("Mohammed", "Ahmad", "al-Hassan"), Sex.MALE, Age.years(34), "inc-1");
    Victim b = person("v2", PersonNames.latin("Muhammad", "Ahmed", "Hassan"), Sex.MALE, Age.years(35), "inc-1");
    MatchProposal p = MATCHER.compare(a, b);
    assertThat(p.score()).isEqualTo(1.0);
    assertThat(p.agreed()).contains("given name (same spelling after variants)", "age (within 2 years)",
        "same incident");
    assertThat(p.disagreed()).isEmpty();
  }

  @Test
  void reasonsNameFieldsButNeverQuoteNames() {
    Victim a = person("v1", PersonNames.latin("Khalid", "Omar", "Saleh"), Sex.MALE, Age.years(20), "inc-1");
    Victim b = person("v2", PersonNames.latin("Khaled", "Yusuf", "Saleh"), Sex.FEMALE, Age.years(40), "inc-2");
    MatchProposal p = MATCHER.compare(a, b);
    assertThat(p.disagreed()).containsExactly("father's name differs", "sex differs",
        "age differs by more than 2 years", "different incidents");
    assertThat(p.reason()).doesNotContainIgnoringCase("khal").doesNotContainIgnoringCase("saleh");
    assertThat(p.score()).isLessThan(MATCHER.weights().threshold());
  }

  @Test
  void differentPeopleWithACommonGivenNameScoreLow() {
    Victim a = person("v1", PersonNames.latin("Muhammad", "Ali", "Hamdan"), Sex.MALE, Age.years(30), "inc-1");
    Victim b = person("v2", PersonNames.latin("Mohamed", "Hussein", "Jaber"), Sex.MALE, Age.years(31), "inc-1");
    assertThat(MATCHER.compare(a, b).score()).isLessThan(MATCHER.weights().threshold());
  }

  @Test
  void namesakesDecadesApartInDifferentIncidentsAreNotProposed() {
    Victim a = person("v1", PersonNames.latin("Muhammad", "Ali", "Hamdan"), Sex.MALE, Age.years(20), "inc-1");
    Victim b = person("v2", PersonNames.latin("Muhammad", "Ali", "Hamdan"), Sex.MALE, Age.years(55), "inc-7");
    assertThat(MATCHER.compare(a, b).score()).isLessThan(MATCHER.weights().threshold());
    Victim c = person("v3", PersonNames.latin("Muhammad", "Ali", "Hamdan"), Sex.MALE, Age.years(55), "inc-1");
    assertThat(MATCHER.compare(a, c).score()).as("same incident").isGreaterThanOrEqualTo(MATCHER.weights().threshold());
  }

  @Test
  void latinAndArabicRecordsOfOnePersonMeetAcrossScripts() {
    Victim latin = person("v1", PersonNames.latin("Khaled", "Mahmoud", "al-Hussein"), Sex.MALE, Age.years(40), "inc-1");
    Victim arabic = person("v2", new PersonNames(null, null, null, "خالد محمود الحسين", List.of()), Sex.MALE,
        Age.years(41), "inc-1");
    MatchProposal p = MATCHER.compare(latin, arabic);
    assertThat(p.agreed()).contains("names across scripts (same consonants)");
    assertThat(p.score()).isGreaterThanOrEqualTo(MATCHER.weights().threshold());
  }

  @Test
  void arabicSpellingsDifferingInHamzaAndTaMarbutaAgree() {
    Victim a = person("v1", new PersonNames(null, null, null, "فاطمة أحمد", List.of()), Sex.FEMALE, Age.unknown(), "i");
    Victim b = person("v2", new PersonNames(null, null, null, "فاطمه احمد", List.of()), Sex.FEMALE, Age.unknown(), "i");
    assertThat(MATCHER.compare(a, b).agreed()).contains("Arabic name (same after normalisation)");
  }

  @Test
  void anAliasMatchesAGivenName() {
    Victim a = person("v1", new PersonNames("Abu Ali", null, "Darwish", null, List.of()), Sex.MALE, Age.years(50), "i");
    Victim b = person("v2", new PersonNames("Hasan", null, "Darwish", null, List.of("Abu Ali")), Sex.MALE,
        Age.years(50), "i");
    assertThat(MATCHER.compare(a, b).agreed()).contains("given name (matches an alias)");
  }

  @Test
  void unnamedRecordsAreNeverProposed() {
    Victim a = person("v1", PersonNames.none(), Sex.MALE, Age.years(30), "inc-1");
    Victim b = person("v2", PersonNames.none(), Sex.MALE, Age.years(30), "inc-1");
    MatchProposal p = MATCHER.compare(a, b);
    assertThat(p.score()).isZero();
    assertThat(p.disagreed()).containsExactly("no names to compare");
  }

  @Test
  void matchingACollectionProposesOnlyLikelyPairsAndSkipsDecidedOnes() {
    Victim a = person("v1", PersonNames.latin("Mohammed", "Ahmad", "al-Hassan"), Sex.MALE, Age.years(34), "inc-1");
    Victim b = person("v2", PersonNames.latin("Muhammad", "Ahmed", "Hassan"), Sex.MALE, Age.years(35), "inc-1");
    Victim c = person("v3", PersonNames.latin("Yusuf", "Ali", "Jaber"), Sex.MALE, Age.years(12), "inc-1");
    VictimMatching m = MATCHER.match(List.of(c, b, a), List.of());
    assertThat(m.proposals()).extracting(MatchProposal::victimA, MatchProposal::victimB)
        .containsExactly(tuple("v1", "v2"));
    assertThat(m.comparisons()).as("v1 and v2 share two blocks but are compared once").isEqualTo(1);
    MergeDecision apart = new MergeDecision("v2", "v1", MergeVerdict.DIFFERENT_PEOPLE, "analyst",
        RedressFixtures.T0, "brothers, confirmed by family");
    assertThat(MATCHER.match(List.of(a, b, c), List.of(apart)).proposals()).isEmpty();
  }

  @Test
  void oversizedBlocksAreSkippedButTheirRecordsStillMeetInOtherBlocks() {
    MatchWeights w = MatchWeights.loadDefault();
    VictimMatcher small = new VictimMatcher(NameNormalizer.loadDefault(), new MatchWeights(w.givenName(),
        w.fatherName(), w.familyName(), w.arabicName(), w.scriptBridge(), w.sex(), w.age(), w.incident(),
        w.consonantCredit(), w.ageToleranceYears(), w.minimumComparedWeight(), w.threshold(), 2));
    Victim a = person("v1", PersonNames.latin("Muhammad", "Ahmad", "Hassan"), Sex.MALE, Age.years(34), "inc-1");
    Victim b = person("v2", PersonNames.latin("Mohamed", "Ahmed", "al-Hassan"), Sex.MALE, Age.years(34), "inc-1");
    Victim c = person("v3", PersonNames.latin("Muhammad", "Ali", "Hassan"), Sex.MALE, Age.years(60), "inc-2");
    VictimMatching m = small.match(List.of(a, b, c), List.of());
    assertThat(m.oversizedBlocks()).isEqualTo(1);
    assertThat(m.comparisons()).isEqualTo(1);
    assertThat(m.proposals()).extracting(MatchProposal::victimB).containsExactly("v2");
  }

  @Test
  void blockKeysPairFirstWithLastAndSecondNamePart() {
    NameProfile p = NameNormalizer.loadDefault().profile(PersonNames.latin("Muhammad", "Ahmad", "Hassan"));
    assertThat(VictimMatcher.blockKeys(p, "inc-1")).containsExactly("mhmd|hsn", "mhmd|hmd");
    NameProfile single = NameNormalizer.loadDefault().profile(PersonNames.latin("Muhammad", null, null));
    assertThat(VictimMatcher.blockKeys(single, "inc-1")).containsExactly("mhmd|@inc-1");
  }

  @Property(tries = 300)
  void scoreIsSymmetric(@ForAll("victims") Victim a, @ForAll("victims") Victim b) {
    Victim b2 = new Victim(a.id().equals(b.id()) ? b.id() + "x" : b.id(), b.names(), b.sex(), b.age(), b.status(),
        b.outcome(), b.date(), b.incidentId(), b.sources());
    assertThat(MATCHER.compare(a, b2)).isEqualTo(MATCHER.compare(b2, a));
  }

  @Property(tries = 300)
  void aNameAlwaysMatchesItself(@ForAll("victims") Victim a) {
    Victim copy = new Victim(a.id() + "-copy", a.names(), a.sex(), a.age(), a.status(), a.outcome(), a.date(),
        a.incidentId(), a.sources());
    MatchProposal p = MATCHER.compare(a, copy);
    assertThat(p.disagreed()).isEmpty();
    assertThat(p.agreed()).anyMatch(r -> r.contains("name"));
  }

  @Provide
  Arbitrary<Victim> victims() {
    Arbitrary<String> given = Arbitraries.of("Mohammed", "Muhammad", "Mhmd", "Ahmad", "Ahmed", "Khaled", "Fatima",
        "Abdul Rahman", "Abd al-Rahman", "Hussein", "Um Khaled", "Yusuf", "Zaynab", "Ali");
    Arbitrary<String> family = Arbitraries.of("al-Hassan", "Hassan", "el-Hassan", "Jaber", "Darwish", "bin Omar",
        "Saleh", "al-Hussein");
    Arbitrary<String> arabic = Arbitraries.of("محمد أحمد الحسن", "خالد محمود", "فاطمة علي", "عبد الرحمن جابر");
    Arbitrary<PersonNames> names = Combinators.combine(given, given.injectNull(0.3), family.injectNull(0.2),
        arabic.injectNull(0.6)).as((g, f, fam, ar) -> new PersonNames(g, f, fam, ar, List.of()));
    Arbitrary<PersonNames> anyNames = Arbitraries.oneOf(names,
        arabic.map(ar -> new PersonNames(null, null, null, ar, List.of())));
    return Combinators.combine(Arbitraries.strings().alpha().ofLength(4), anyNames, Arbitraries.of(Sex.class),
        Arbitraries.integers().between(0, 90).injectNull(0.3), Arbitraries.of("inc-1", "inc-2").injectNull(0.3))
        .as((id, n, sex, age, inc) -> person(id, n, sex, age == null ? Age.unknown() : Age.years(age), inc));
  }
}
