package org.harmledger.store.casefile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * SummaryText writes the same readable text three times, as Markdown, HTML and PDF, so summary.md,
 * summary.html and summary.pdf of a case bundle never say different things. HTML text is escaped.
 */
final class SummaryText {
  /** One block of the summary, kept for the PDF: a heading, a paragraph or a list item. */
  record Block(Kind kind, String text) {}

  /** The kinds of block. */
  enum Kind { TITLE, HEADING, PARAGRAPH, ITEM }

  private final List<Block> blocks = new ArrayList<>();
  private final StringBuilder md = new StringBuilder();
  private final StringBuilder html = new StringBuilder();
  private boolean inList;

  SummaryText(String title) {
    blocks.add(new Block(Kind.TITLE, title));
    md.append("# ").append(title).append("\n\n");
    html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(escape(title))
        .append("</title></head>\n<body>\n<h1>").append(escape(title)).append("</h1>\n");
  }

  SummaryText heading(String text) {
    endList();
    blocks.add(new Block(Kind.HEADING, text));
    md.append("## ").append(text).append("\n\n");
    html.append("<h2>").append(escape(text)).append("</h2>\n");
    return this;
  }

  SummaryText paragraph(String text) {
    endList();
    blocks.add(new Block(Kind.PARAGRAPH, text));
    md.append(text).append("\n\n");
    html.append("<p>").append(escape(text)).append("</p>\n");
    return this;
  }

  SummaryText item(String text) {
    if (!inList) {
      html.append("<ul>\n");
      inList = true;
    }
    blocks.add(new Block(Kind.ITEM, text));
    md.append("- ").append(text).append('\n');
    html.append("<li>").append(escape(text)).append("</li>\n");
    return this;
  }

  private void endList() {
    if (inList) {
      md.append('\n');
      html.append("</ul>\n");
      inList = false;
    }
  }

  byte[] markdown() {
    endList();
    return md.toString().getBytes(StandardCharsets.UTF_8);
  }

  byte[] html() {
    endList();
    return (html + "</body></html>\n").getBytes(StandardCharsets.UTF_8);
  }

  /** The summary as a PDF of text pages (see {@link SummaryPdf} for what the bundled fonts cannot show). */
  byte[] pdf() {
    return SummaryPdf.render(blocks);
  }

  static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
