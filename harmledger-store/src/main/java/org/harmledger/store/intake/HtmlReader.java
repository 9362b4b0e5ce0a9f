package org.harmledger.store.intake;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An HtmlReader reads a web page (.html, .htm). The raw bytes are the evidence; the working text
 * is the page's main text ({@link HtmlMainText}). The charset comes from a byte order mark or
 * the page's meta tag, else UTF-8. Metadata comes from the head: og:title or
 * {@code <title>}, og:site_name, the canonical url, {@code <html lang>}, and the first readable
 * of article:published_time, a {@code <time datetime>} in the main text, or a date meta tag.
 * A date the page states but nobody can read is treated as not stated: the page is still a
 * report, and its dateline is left to extraction.
 */
final class HtmlReader implements DocumentReader {
  static final String MEDIA_TYPE = "text/html";
  private static final String[] DATE_METAS = {
      "meta[name=date]", "meta[name=dc.date]", "meta[name=DC.date.issued]", "meta[itemprop=datePublished]"};

  @Override
  public IntakeItem read(String source, byte[] original) {
    if (original.length == 0) {
      return new IntakeFailure(source, "empty file");
    }
    Optional<String> binary = ContentSniffer.binaryReason(original);
    if (binary.isPresent()) {
      return new IntakeFailure(source, binary.get());
    }
    Document page;
    try {
      page = Jsoup.parse(new ByteArrayInputStream(original), null, "");
    } catch (IOException | UncheckedIOException e) {
      return new IntakeFailure(source, "cannot parse HTML (" + e.getMessage() + ")");
    }
    String title = firstNonBlank(content(page, "meta[property=og:title]"), page.title());
    String publisher = content(page, "meta[property=og:site_name]");
    String url = firstNonBlank(attribute(page, "link[rel=canonical]", "href"), content(page, "meta[property=og:url]"));
    String language = attribute(page, "html[lang]", "lang");
    String articleDate = content(page, "meta[property=article:published_time]");
    Element root = HtmlMainText.root(page);
    String text = HtmlMainText.text(root);
    if (text.isBlank()) {
      return new IntakeFailure(source, "no text in the page");
    }
    MetadataFields fields = new MetadataFields(title, publisher, url, published(page, root, articleDate), language, null);
    return new IntakeDocument(source, original, MEDIA_TYPE, text, fields.toMetadata(text));
  }

  private static LocalDate published(Document page, Element root, String articleDate) {
    LocalDate date = readable(articleDate);
    if (date == null) {
      date = readable(attribute(root, "time[datetime]", "datetime"));
    }
    for (int i = 0; date == null && i < DATE_METAS.length; i++) {
      date = readable(content(page, DATE_METAS[i]));
    }
    return date;
  }

  private static LocalDate readable(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return PublishedDate.parse(value, "the page");
    } catch (BadInput unreadable) {
      return null;
    }
  }

  private static String content(Document page, String selector) {
    return attribute(page, selector, "content");
  }

  private static String attribute(Element scope, String selector, String name) {
    Element element = scope.selectFirst(selector);
    return element == null ? null : element.attr(name);
  }

  private static String firstNonBlank(String first, String second) {
    return first != null && !first.isBlank() ? first : second;
  }
}
