package org.harmledger.store.search;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/**
 * ReportFields names the fields of the report index and builds its analyzer, the one place where
 * a field's language is chosen: Arabic reports go to the {@code _ar} fields (ArabicAnalyzer:
 * normalisation, light stemming, Arabic stop words), all others to the standard fields. Queries
 * search both, each with its own field's analyzer, so one query finds words in either language.
 */
final class ReportFields {
  static final String ID = "id";
  static final String TITLE = "title";
  static final String TEXT = "text";
  static final String TITLE_AR = "title_ar";
  static final String TEXT_AR = "text_ar";
  static final String PUBLISHER = "publisher";
  static final String PUBLISHER_KEY = "publisher_key";
  static final String PUBLISHED = "published";
  static final String PUBLISHED_DAY = "published_day";
  static final String LANGUAGE = "language";
  static final String ADMIN1_KEY = "admin1_key";

  /** The text fields a query searches, titles first. */
  static final String[] SEARCHED = {TITLE, TEXT, TITLE_AR, TEXT_AR};
  /** The stored fields a hit shows besides its snippet (the stored texts are left unread). */
  static final Set<String> SHOWN = Set.of(ID, TITLE, TITLE_AR, PUBLISHER, PUBLISHED, LANGUAGE);
  /** The fields snippets come from: each report has one of them. */
  static final String[] HIGHLIGHTED = {TEXT, TEXT_AR};

  private ReportFields() {}

  static Analyzer analyzer() {
    Analyzer arabic = new ArabicAnalyzer();
    return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), Map.of(TITLE_AR, arabic, TEXT_AR, arabic));
  }

  /** The exact-match key of a filter value: case and surrounding space do not matter. */
  static String key(String value) {
    return value.strip().toLowerCase(Locale.ROOT);
  }
}
