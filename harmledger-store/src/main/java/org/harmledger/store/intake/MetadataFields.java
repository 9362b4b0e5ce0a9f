package org.harmledger.store.intake;

import java.time.LocalDate;
import java.util.Locale;
import org.harmledger.model.PublishedFrom;
import org.harmledger.model.ReportKind;
import org.harmledger.model.ReportMetadata;

/**
 * MetadataFields are the metadata one source states about a document (a sidecar, a header
 * block, a feed record, an HTML head); every field is null when that source does not state it.
 * Blank text counts as not stated. A language is kept as its primary subtag ({@code en-GB} is
 * {@code en}).
 */
record MetadataFields(
    String title, String publisher, String url, LocalDate published, String language, ReportKind kind) {

  MetadataFields {
    title = stated(title);
    publisher = stated(publisher);
    url = stated(url);
    language = primarySubtag(stated(language));
  }

  static MetadataFields none() {
    return new MetadataFields(null, null, null, null, null, null);
  }

  /**
   * The report metadata of a document with this working text: a stated date is known from
   * metadata, otherwise unknown (datelines are extraction's business); a missing language is
   * guessed from the script; a missing kind is other.
   */
  ReportMetadata toMetadata(String text) {
    return new ReportMetadata(
        title,
        publisher,
        url,
        published,
        published == null ? PublishedFrom.UNKNOWN : PublishedFrom.METADATA,
        language == null ? LanguageGuess.of(text) : language,
        kind == null ? ReportKind.OTHER : kind);
  }

  /** The metadata with every field stated here replacing the one in {@code base}. */
  ReportMetadata over(ReportMetadata base) {
    boolean dated = published != null;
    return new ReportMetadata(
        title == null ? base.title() : title,
        publisher == null ? base.publisher() : publisher,
        url == null ? base.url() : url,
        dated ? published : base.published(),
        dated ? PublishedFrom.METADATA : base.publishedFrom(),
        language == null ? base.language() : language,
        kind == null ? base.kind() : kind);
  }

  private static String stated(String value) {
    if (value == null) {
      return null;
    }
    String stripped = value.strip();
    return stripped.isEmpty() ? null : stripped;
  }

  private static String primarySubtag(String tag) {
    if (tag == null) {
      return null;
    }
    int cut = tag.indexOf('-') >= 0 ? tag.indexOf('-') : tag.indexOf('_');
    return (cut > 0 ? tag.substring(0, cut) : tag).toLowerCase(Locale.ROOT);
  }
}
