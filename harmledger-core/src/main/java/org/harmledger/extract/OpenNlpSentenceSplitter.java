package org.harmledger.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import org.harmledger.model.Span;

/**
 * OpenNlpSentenceSplitter is a SentenceSplitter that first cuts at line breaks (headlines,
 * datelines and paragraphs are lines in news text) and then runs the OpenNLP maximum-entropy
 * sentence detector inside each line, joining back a piece cut at an abbreviation (the model cuts
 * "on Jan. 18" after "Jan."). The model is loaded once from
 * the classpath. Thread-safe.
 */
public final class OpenNlpSentenceSplitter implements SentenceSplitter {
  private static final Pattern LINE = Pattern.compile("[^\\r\\n]+");
  /** A piece ending in a short abbreviation ("Jan.", "Gen.", "U.S.") may have been cut too early. */
  private static final Pattern ABBREVIATION = Pattern.compile("(?<![\\p{L}.])(?:\\p{L}{1,4}|\\p{L}(?:\\.\\p{L})+)\\.$");

  private final ThreadSafeSentenceDetectorME detector;

  public OpenNlpSentenceSplitter(SentenceModel model) {
    this.detector = new ThreadSafeSentenceDetectorME(model);
  }

  /** Loads the sentence model named by the rule set from the classpath. */
  public static OpenNlpSentenceSplitter fromClasspath(String modelResource) {
    try (InputStream in = OpenNlpSentenceSplitter.class.getResourceAsStream(modelResource)) {
      if (in == null) {
        throw new IllegalStateException("missing OpenNLP sentence model on the classpath: " + modelResource);
      }
      return new OpenNlpSentenceSplitter(new SentenceModel(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read OpenNLP sentence model " + modelResource, e);
    }
  }

  /**
   * Whether a piece the model cut off continues the sentence before it on the same line: a piece
   * starting with a digit or a lower-case letter after one ending in a short abbreviation, as in
   * "on Jan." / "18, 2019, ..." (a sentence may start with "al-", so a longer word before the
   * period does not join).
   */
  private static boolean continues(String text, List<Span> sentences, int lineStart, int start) {
    if (sentences.isEmpty() || sentences.get(sentences.size() - 1).start() < lineStart) {
      return false;
    }
    char first = text.charAt(start);
    Span previous = sentences.get(sentences.size() - 1);
    return (Character.isDigit(first) || Character.isLowerCase(first))
        && ABBREVIATION.matcher(text).region(previous.start(), previous.end()).find();
  }

  @Override
  public List<Span> split(String text) {
    List<Span> sentences = new ArrayList<>();
    Matcher line = LINE.matcher(text);
    while (line.find()) {
      String content = line.group();
      if (content.isBlank()) {
        continue;
      }
      for (opennlp.tools.util.Span s : detector.sentPosDetect(content)) {
        int start = line.start() + s.getStart();
        int end = line.start() + s.getEnd();
        while (start < end && Character.isWhitespace(text.charAt(start))) {
          start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
          end--;
        }
        if (end > start && continues(text, sentences, line.start(), start)) {
          sentences.set(sentences.size() - 1, new Span(sentences.get(sentences.size() - 1).start(), end));
        } else if (end > start) {
          sentences.add(new Span(start, end));
        }
      }
    }
    return sentences;
  }
}
