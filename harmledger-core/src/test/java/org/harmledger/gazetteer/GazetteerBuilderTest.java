package org.harmledger.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerBuilderTest {
  private static final String MAYADIN = "173480\tAl Mayādīn\tAl Mayadin\tMayadin,الميادين\t35.01982\t40.45154\tP\tPPLA2\tSY\t\t07\t9999\t\t\t54534\t\t190\tAsia/Damascus\t2012-01-19";
  private static final String STREAM = "7777\tAl Nahr\tAl Nahr\t\t35\t40\tH\tSTM\tSY\t\t07\t\t\t\t0\t\t\t\t2012-01-19";

  @TempDir
  Path dir;

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  private static ByteArrayInputStream stream(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void loadsAGeoNamesCountryFileWithAdminCodeFilesFromDisk() throws IOException {
    Path country = write("SY.txt", GeoNamesFormatTest.HAJIN + "\n" + MAYADIN + "\n" + STREAM + "\n");
    Path admin1 = write("admin1CodesASCII.txt", "SY.07\tDayr az Zawr\tDayr az Zawr\t170792\n");
    Path admin2 = write("admin2Codes.txt", "SY.07.9999\tMayadin District\tMayadin District\t9999\n");

    Gazetteer g = Gazetteer.load(country, admin1, admin2);

    assertThat(g.places()).hasSize(2);
    Place mayadin = g.lookup("Mayadin").get(0);
    assertThat(mayadin.admin1()).as("common English names win over GeoNames'").isEqualTo("Deir ez-Zor");
    assertThat(mayadin.admin2()).isEqualTo("Mayadin District");
    assertThat(g.lookup("Hajin")).extracting(Place::geonamesId).containsExactly(174506L);
  }

  @Test
  void aMalformedLineInAFileFailsNamingFileAndLine() throws IOException {
    Path country = write("SY.txt", GeoNamesFormatTest.HAJIN + "\n" + "173480\tAl Mayadin\t35.0\n");
    assertThatThrownBy(() -> Gazetteer.load(country))
        .isInstanceOf(GazetteerFormatException.class)
        .hasMessage(country + ":2: expected 19 tab-separated columns but found 3");
  }

  @Test
  void aFileOfNeitherShapeIsRefused() throws IOException {
    Path odd = write("odd.txt", "a\tb\tc\n");
    assertThatThrownBy(() -> Gazetteer.load(odd))
        .hasMessageStartingWith(odd + ":1: expected a GeoNames dump file");
  }

  @Test
  void alternateNamesAddSpellings() {
    Gazetteer g = new GazetteerBuilder()
        .addGeoNames("t", stream(MAYADIN))
        .addAlternateNames("alt", stream("173480\tMeyadeen\n"))
        .build();
    assertThat(g.lookup("Meyadeen")).extracting(Place::geonamesId).containsExactly(173480L);
  }

  @Test
  void alternateNamesForAnUnknownPlaceFailAtBuild() {
    GazetteerBuilder builder = new GazetteerBuilder()
        .addGeoNames("t", stream(MAYADIN))
        .addAlternateNames("alt.txt", stream("# spellings\n42\tNowhere\n"));
    assertThatThrownBy(builder::build).hasMessage("alt.txt:2: no place with geonameid 42 was loaded");
  }

  @Test
  void adminRowsNameTheirCodesWhenNoFileDoes() {
    String adm1 = "-5\tDeir Province\tDeir Province\t\t35\t40\tA\tADM1\tSY\t\t07\t\t\t\t0\t\t\t\t";
    Gazetteer g = new GazetteerBuilder().addGeoNames("t", stream(adm1 + "\n" + MAYADIN)).build();
    assertThat(g.lookup("Mayadin").get(0).admin1()).isEqualTo("Deir Province");
  }

  @Test
  void defaultsCarryTheCommonAdmin1Names() {
    Gazetteer g = GazetteerBuilder.defaults().build();
    assertThat(g.places()).filteredOn(Place::isAdmin1).extracting(Place::admin1).containsExactlyInAnyOrder(
        "Damascus", "Rif Dimashq", "Aleppo", "Idlib", "Hama", "Homs", "Latakia", "Tartus", "Raqqa", "Deir ez-Zor",
        "Hasakah", "Daraa", "Quneitra", "Suwayda",
        "Baghdad", "Nineveh", "Anbar", "Salahuddin", "Kirkuk", "Diyala", "Erbil", "Duhok", "Sulaymaniyah", "Babil",
        "Karbala", "Najaf", "Wasit", "Qadisiyah", "Maysan", "Dhi Qar", "Muthanna", "Basra", "Halabja");
  }
}
