package org.harmledger.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.harmledger.model.Assertion;
import org.harmledger.model.Evidence;
import org.harmledger.model.Extraction;
import org.harmledger.model.PublishedFrom;
import org.harmledger.model.ReportKind;
import org.harmledger.model.ReportMetadata;
import org.harmledger.model.Span;

class ExtractionPipelinePropertyTest {
  private static final ReportMetadata DATED = new ReportMetadata("Strikes kill dozens", "Example News", null,
      LocalDate.of(2019, 1, 20), PublishedFrom.METADATA, "en", ReportKind.NEWS);

  @Property(tries = 300)
  void anyUnicodeTextNeverThrowsAndSpansStayInside(@ForAll String text) {
    check(text, Fixtures.PIPELINE.extract(text, ReportMetadata.empty()));
  }

  @Property(tries = 300)
  void newsLikeNoiseNeverThrowsAndSpansStayInside(@ForAll("newsy") String text) {
    check(text, Fixtures.PIPELINE.extract(text, DATED));
    check(text, Fixtures.PIPELINE.extract(text, ReportMetadata.empty()));
  }

  @Property(tries = 20)
  void veryLongLinesNeverThrow(@ForAll("longLines") String text) {
    check(text, Fixtures.PIPELINE.extract(text, DATED));
  }

  @Provide
  Arbitrary<String> newsy() {
    Arbitrary<String> word = Arbitraries.oneOf(
        Arbitraries.of("killed", "wounded", "at least", "more than", "up to", "nearly", "between", "and", "to",
            "civilians", "children", "including", "women", "dozens", "twenty-one", "one hundred and five",
            "999999999999999999999", "1,200", "2019-02-30", "31 February 2019", "Friday", "yesterday",
            "earlier this week", "Jan.", "5", "airstrikes", "by the", "coalition", "said", "according to",
            "the village of", "Tal", "Douma", "Idlib", "countryside", "near", "condemned", "death toll rose to",
            "likely to rise", "no one was", "could have killed", ",", ".", "\n", "—", "“", "”", "-", "(", ")"),
        Arbitraries.strings().ofMinLength(0).ofMaxLength(8),
        Arbitraries.longs().map(n -> String.valueOf(n)));
    return word.list().ofMaxSize(60).map(w -> String.join(" ", w));
  }

  @Provide
  Arbitrary<String> longLines() {
    return Arbitraries.of("killed ", "20 ", "civilians ", "in Douma ", "on Friday ", "airstrikes ", "x")
        .list().ofMinSize(2000).ofMaxSize(6000).map(w -> String.join("", w));
  }

  private static void check(String text, Extraction e) {
    assertThat(e.assertions().stream().filter(Assertion::primary).count())
        .isEqualTo(e.assertions().isEmpty() ? 0 : 1);
    for (Assertion a : e.assertions()) {
      for (Evidence ev : a.evidence()) {
        inside(text, ev.span());
        assertThat(ev.span().coveredText(text)).isEqualTo(ev.text());
      }
      List<Span> spans = new java.util.ArrayList<>();
      if (a.date() != null && a.date().span() != null) {
        spans.add(a.date().span());
      }
      if (a.place() != null && a.place().span() != null) {
        spans.add(a.place().span());
      }
      spans.forEach(s -> inside(text, s));
    }
  }

  private static void inside(String text, Span s) {
    assertThat(s.end()).isLessThanOrEqualTo(text.length());
  }
}
