package org.harmledger.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GeoNamesFormatTest {
  static final String HAJIN = "174506\tHajīn\tHajin\tHajine,هجين\t34.69508\t40.83138\tP\tPPLA3\tSY\t\t07\t\t\t\t29237\t\t185\tAsia/Damascus\t2012-01-19";

  @Test
  void readsADumpLine() {
    Place p = GeoNamesFormat.place(TsvLines.split(HAJIN), "SY.txt", 3);
    assertThat(p.geonamesId()).isEqualTo(174506);
    assertThat(p.name()).isEqualTo("Hajīn");
    assertThat(p.alternateNames()).containsExactly("Hajin", "Hajine", "هجين");
    assertThat(p.lat()).isEqualTo(34.69508);
    assertThat(p.lon()).isEqualTo(40.83138);
    assertThat(p.featureCode()).isEqualTo("PPLA3");
    assertThat(p.country()).isEqualTo("SY");
    assertThat(p.admin1Code()).isEqualTo("07");
    assertThat(p.admin2Code()).isNull();
    assertThat(p.population()).isEqualTo(29237);
  }

  @Test
  void aShortLineNamesFileLineAndColumnCount() {
    assertThatThrownBy(() -> GeoNamesFormat.place(new String[] {"1", "x"}, "SY.txt", 12))
        .isInstanceOf(GazetteerFormatException.class)
        .hasMessage("SY.txt:12: expected 19 tab-separated columns but found 2");
  }

  @Test
  void aBadLatitudeNamesTheValue() {
    assertThatThrownBy(() -> GeoNamesFormat.place(TsvLines.split(HAJIN.replace("34.69508", "north")), "SY.txt", 4))
        .hasMessage("SY.txt:4: the latitude 'north' is not a number")
        .hasCauseInstanceOf(NumberFormatException.class);
    assertThatThrownBy(() -> GeoNamesFormat.place(TsvLines.split(HAJIN.replace("34.69508", "134.6")), "SY.txt", 4))
        .hasMessage("SY.txt:4: the latitude 134.6 is outside [-90, 90]");
  }

  @Test
  void readsAdminCodes() {
    assertThat(GeoNamesFormat.adminCode(new String[] {"SY.07", "Deir ez-Zor", "Deir ez-Zor", "170792"}, "a", 1)).isEqualTo("SY.07");
    assertThat(GeoNamesFormat.adminCode(new String[] {"IQ.15.9166649", "Mosul", "Mosul", "9166649"}, "a", 1)).isEqualTo("IQ.15.9166649");
    assertThatThrownBy(() -> GeoNamesFormat.adminCode(new String[] {"SY07", "x", "x", "1"}, "admin1CodesASCII.txt", 9))
        .hasMessage("admin1CodesASCII.txt:9: expected an admin code like SY.07 or IQ.15.9166649 but found 'SY07'");
  }
}
