package org.harmledger.store.casefile;

import java.nio.charset.StandardCharsets;

/**
 * SummaryText writes the same readable text twice, as Markdown and as HTML, so summary.md and
 * summary.html of a case bundle never say different things. HTML text is escaped.
 */
final class SummaryText {
  private final StringBuilder md = new StringBuilder();
  private final StringBuilder html = new StringBuilder();
  private boolean inList;

  SummaryText(String title) {
    md.append("# ").append(title).append("\n\n");
    html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(escape(title))
        .append("</title></head>\n<body>\n<h1>").append(escape(title)).append("</h1>\n");
  }

  SummaryText heading(String text) {
    endList();
    md.append("## ").append(text).append("\n\n");
    html.append("<h2>").append(escape(text)).append("</h2>\n");
    return this;
  }

  SummaryText paragraph(String text) {
    endList();
    md.append(text).append("\n\n");
    html.append("<p>").append(escape(text)).append("</p>\n");
    return this;
  }

  SummaryText item(String text) {
    if (!inList) {
      html.append("<ul>\n");
      inList = true;
    }
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

  static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
