package org.harmledger.store.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * HtmlMainText finds the main text of a web page: the largest {@code <article>}, else
 * {@code <main>}, else {@code <body>} without its header and footer; navigation, asides, forms
 * and scripts are left out everywhere. Each heading, paragraph, list item or other block becomes
 * one paragraph and paragraphs are separated by a blank line; {@code <br>} and {@code <pre>}
 * keep their line breaks.
 */
final class HtmlMainText {
  private static final String NOISE = "script, style, noscript, template, form, nav, aside, iframe, svg, button, select";
  private static final Set<String> BLOCKS = Set.of(
      "address", "article", "aside", "blockquote", "body", "caption", "dd", "details", "div", "dl", "dt",
      "fieldset", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup",
      "hr", "li", "main", "ol", "p", "pre", "section", "summary", "table", "td", "th", "tr", "ul");
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0]+");

  private HtmlMainText() {}

  /** The element holding the main text, with the noise removed; this changes {@code page}. */
  static Element root(Document page) {
    Element root = largestArticle(page.select("article"));
    if (root == null) {
      root = page.selectFirst("main, [role=main]");
    }
    if (root == null) {
      root = page.body();
      root.select("header, footer").remove();
    }
    root.select(NOISE).remove();
    return root;
  }

  /** The text of {@code root}: paragraphs separated by blank lines. */
  static String text(Element root) {
    Paragraphs paragraphs = new Paragraphs();
    NodeTraversor.traverse(paragraphs, root);
    paragraphs.flush();
    return String.join("\n\n", paragraphs.done);
  }

  private static Element largestArticle(Elements articles) {
    Element largest = null;
    int size = -1;
    for (Element article : articles) {
      int length = article.text().length();
      if (length > size) {
        largest = article;
        size = length;
      }
    }
    return largest;
  }

  /** Collects text into paragraphs, closing one at each block boundary. */
  private static final class Paragraphs implements NodeVisitor {
    private final List<String> done = new ArrayList<>();
    private final StringBuilder open = new StringBuilder();

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode text) {
        open.append(insidePre(text) ? text.getWholeText() : SPACES.matcher(text.getWholeText()).replaceAll(" "));
      } else if (node instanceof Element element) {
        if (element.normalName().equals("br")) {
          open.append('\n');
        } else if (BLOCKS.contains(element.normalName())) {
          flush();
        }
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
        flush();
      }
    }

    void flush() {
      StringBuilder paragraph = new StringBuilder();
      for (String line : open.toString().split("\n")) {
        String clean = SPACES.matcher(line).replaceAll(" ").strip();
        if (!clean.isEmpty()) {
          if (paragraph.length() > 0) {
            paragraph.append('\n');
          }
          paragraph.append(clean);
        }
      }
      if (paragraph.length() > 0) {
        done.add(paragraph.toString());
      }
      open.setLength(0);
    }

    private static boolean insidePre(TextNode text) {
      Node parent = text.parent();
      while (parent instanceof Element element) {
        if (element.normalName().equals("pre")) {
          return true;
        }
        parent = element.parent();
      }
      return false;
    }
  }
}
