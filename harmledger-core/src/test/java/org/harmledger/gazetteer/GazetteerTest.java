package org.harmledger.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.harmledger.model.Span;
import org.harmledger.model.WordRuns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GazetteerTest {
  private static final Gazetteer G = Gazetteer.loadDefault();
  private static final Set<String> ADMIN1 = Set.of(
      "Damascus", "Rif Dimashq", "Aleppo", "Idlib", "Hama", "Homs", "Latakia", "Tartus", "Raqqa", "Deir ez-Zor",
      "Hasakah", "Daraa", "Quneitra", "Suwayda",
      "Baghdad", "Nineveh", "Anbar", "Salahuddin", "Kirkuk", "Diyala", "Erbil", "Duhok", "Sulaymaniyah", "Babil",
      "Karbala", "Najaf", "Wasit", "Qadisiyah", "Maysan", "Dhi Qar", "Muthanna", "Basra", "Halabja");

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Baghouz Foqani | -200001 | Deir ez-Zor",
      "al-Baghouz Foqani | -200001 | Deir ez-Zor",
      "Baghuz Fawqani | -200001 | Deir ez-Zor",
      "Baghouz al-Fouqani | -200001 | Deir ez-Zor",
      "Hajin | 174506 | Deir ez-Zor",
      "Susah | 172415 | Deir ez-Zor",
      "Soseh | 172415 | Deir ez-Zor",
      "al-Shafa | -200002 | Deir ez-Zor",
      "Shafa | -200002 | Deir ez-Zor",
      "Abu Kamal | 174448 | Deir ez-Zor",
      "Albu Kamal | 174448 | Deir ez-Zor",
      "Mayadin | 173480 | Deir ez-Zor",
      "al-Mayadin | 173480 | Deir ez-Zor",
      "Gharanij | -200003 | Deir ez-Zor",
      "Deir Ezzor | 170794 | Deir ez-Zor",
      "Deir ez-Zor | 170794 | Deir ez-Zor",
      "Dayr az Zawr | 170794 | Deir ez-Zor",
      "Deir al-Zor | 170794 | Deir ez-Zor",
      "Raqqa | 172955 | Raqqa",
      "Raqa | 172955 | Raqqa",
      "Rakka | 172955 | Raqqa",
      "Tabqa | 172374 | Raqqa",
      "Idlib | 169389 | Idlib",
      "Idleb | 169389 | Idlib",
      "Ariha | 172994 | Idlib",
      "Maarat al-Numan | 167611 | Idlib",
      "Ma'arrat al-Nu'man | 167611 | Idlib",
      "Saraqib | 164816 | Idlib",
      "Jisr al-Shughur | 169023 | Idlib",
      "Khan Shaykhun | 168325 | Idlib",
      "Khan Sheikhoun | 168325 | Idlib",
      "Atarib | 174030 | Aleppo",
      "Douma | 170592 | Rif Dimashq",
      "Harasta | 169897 | Rif Dimashq",
      "Hama | 170017 | Hama",
      "Mosul | 99072 | Nineveh",
      "Tal Afar | 90393 | Nineveh",
      "Sinjar | 448149 | Nineveh",
      "Bashiqa | -200004 | Nineveh",
      "Hawija | 390188 | Kirkuk",
      "Qaim | 92138 | Anbar",
      "Fallujah | 99454 | Anbar",
      "Ramadi | 98717 | Anbar",
      "Tikrit | 90150 | Salahuddin",
      "Kansafra | -200005 | Idlib",
      "Sarmada | -200006 | Idlib",
      "Kafr Nabudah | -200009 | Hama",
      "Latamneh | -200011 | Hama",
      "Hamam al-Alil | -200018 | Nineveh",
      "al-Saqlawiya | -200021 | Anbar",
      "Iskandariyah | -200022 | Babil",
      "Ein Issa | 172134 | Raqqa",
      "Arbin | 169372 | Rif Dimashq",
      "al-Shirqat | 91057 | Salahuddin",
      "Jinderes | 169190 | Aleppo",
      "Mhambal | 166757 | Idlib",
  })
  void namesAndSpellingsInTheNewsResolveToTheRightPlaceFirst(String name, long id, String admin1) {
    List<Place> found = G.lookup(name);
    assertThat(found).isNotEmpty();
    assertThat(found.get(0).geonamesId()).isEqualTo(id);
    assertThat(found.get(0).admin1()).isEqualTo(admin1);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "الباغوز فوقاني | -200001",
      "دير الزور | 170794",
      "الرقة | 172955",
      "إدلب | 169389",
      "الموصل | 99072",
      "تلعفر | 90393",
      "معرة النعمان | 167611",
  })
  void arabicScriptNamesResolve(String name, long id) {
    assertThat(G.lookup(name)).extracting(Place::geonamesId).first().isEqualTo(id);
  }

  @Test
  void placesCarryTheCommonAdmin1AndTheirDistrict() {
    Place baghouz = G.byId(-200001).orElseThrow();
    assertThat(baghouz.admin1()).isEqualTo("Deir ez-Zor");
    assertThat(baghouz.admin2()).isEqualTo("Abu Kamal");
    assertThat(baghouz.lat()).isEqualTo(34.45);
    assertThat(baghouz.lon()).isEqualTo(40.93);
    assertThat(G.byId(174506).orElseThrow().admin2()).isEqualTo("Abu Kamal");
  }

  @Test
  void everyDefaultPlaceLiesInAKnownGovernorateOrProvince() {
    assertThat(G.places()).allSatisfy(p -> assertThat(ADMIN1).contains(p.admin1()));
  }

  @Test
  void findsMentionsWithSpansPreferringTheLongestName() {
    String text = "Airstrikes hit al-Baghouz Foqani village in Deir Ezzor countryside and Soseh town.";
    List<PlaceMention> mentions = G.findMentions(text);
    assertThat(mentions).extracting(PlaceMention::text).containsExactly("al-Baghouz Foqani", "Deir Ezzor", "Soseh");
    PlaceMention first = mentions.get(0);
    assertThat(first.span()).isEqualTo(new Span(15, 32));
    assertThat(first.candidates().get(0).geonamesId()).isEqualTo(-200001);
    assertThat(first.exact()).isTrue();
  }

  @Test
  void wordRunsAReportAlreadyHasFindTheSameMentionsAsTheText() {
    String text = "Strikes on Ma'arrat al-Nu'man and Raqqa's outskirts, then Deir ez-Zor and مدينة الرقة.";
    List<PlaceMention> fromRuns = G.findMentions(WordRuns.of(text));
    assertThat(fromRuns).extracting(PlaceMention::text).contains("Raqqa", "Deir ez-Zor");
    assertThat(fromRuns).isEqualTo(G.findMentions(text));
  }

  @Test
  void aSkeletonMatchIsMarkedAsNotExact() {
    List<PlaceMention> mentions = G.findMentions("Shelling of Khan Shaykhoun continued.");
    assertThat(mentions).hasSize(1);
    assertThat(mentions.get(0).text()).isEqualTo("Khan Shaykhoun");
    assertThat(mentions.get(0).exact()).isFalse();
    assertThat(mentions.get(0).candidates().get(0).geonamesId()).isEqualTo(168325);
  }

  @Test
  void aSkeletonMatchNeedsEveryWordCapitalised() {
    assertThat(G.findMentions("Khan shaykhoun")).isEmpty();
  }

  @Test
  void findsArabicMentions() {
    List<PlaceMention> mentions = G.findMentions("قصف على الباغوز فوقاني في ريف دير الزور");
    assertThat(mentions).extracting(PlaceMention::text).containsExactly("الباغوز فوقاني", "دير الزور");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "As he said, the Bab was closed.",
      "Al said nothing at Tal or Ain.",
      "They met as planned and left at dawn; an hour later it rained.",
      "Homes in the area were hit by shells.",
      "the people of mosul and raqqa",
      "Try to use the Counter, Terms and Palmer.",
      "Aron Xu wrote to Jassim Mahmoudi.",
  })
  void stopWordsEnglishWordsAndLowerCaseWordsAreNotPlaces(String text) {
    assertThat(G.findMentions(text)).isEmpty();
  }

  @Test
  void aNameTiedToItsArticleStillMatches() {
    assertThat(G.findMentions("Fighting near Al-Bab and al-Tabqa.")).extracting(PlaceMention::text)
        .containsExactly("Al-Bab", "al-Tabqa");
  }

  @Test
  void anEnglishWordBeforeANameStaysOutOfTheSpan() {
    assertThat(G.findMentions("known as Raqqa")).extracting(PlaceMention::text).containsExactly("Raqqa");
  }

  @Test
  void namesDoNotRunAcrossPunctuation() {
    assertThat(G.findMentions("Raqqa, Hama.")).extracting(PlaceMention::text).containsExactly("Raqqa", "Hama");
  }

  @Test
  void admin1FindsGovernoratesByAnySpelling() {
    assertThat(G.admin1("SY", "Deir Ezzor")).map(Place::name).hasValue("Deir ez-Zor");
    assertThat(G.admin1("SY", "Idleb")).map(Place::isAdmin1).hasValue(true);
    assertThat(G.admin1("IQ", "Ninawa")).map(Place::admin1).hasValue("Nineveh");
    assertThat(G.admin1("IQ", "Deir Ezzor")).isEmpty();
    assertThat(G.admin1(null, "Anbar")).map(Place::country).hasValue("IQ");
  }

  @Test
  void admin2InListsTheDistrictsOfAGovernorate() {
    assertThat(G.admin2In("SY", "Deir Ezzor")).extracting(Place::name)
        .containsExactlyInAnyOrder("Deir ez-Zor", "Al-Mayadin", "Abu Kamal");
    assertThat(G.admin2("SY", "Abu Kamal")).map(Place::admin1).hasValue("Deir ez-Zor");
    assertThat(G.admin2In("IQ", "Nineveh")).extracting(Place::name).contains("Mosul", "Sinjar");
  }

  @Test
  void candidatesPreferTheTownOverTheAreaOfTheSameName() {
    List<Place> idlib = G.lookup("Idlib");
    assertThat(idlib.get(0).featureCode()).isEqualTo("PPLA");
    assertThat(idlib).extracting(Place::featureCode).contains("ADM1", "ADM2");
  }

  @Test
  void aGazetteerOfGivenPlacesUsesTheShippedStopWords() {
    Place bab = new Place(1, "Bab", List.of(), "P", "PPL", "SY", "09", null, "Aleppo", null, 36, 37, 0);
    Gazetteer g = new Gazetteer(List.of(bab));
    assertThat(g.findMentions("Bab")).isEmpty();
    assertThat(g.findMentions("Al-Bab")).hasSize(1);
  }
}
