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
 * "on Jan. 18" after "Jan."). A hard-wrapped line (text from a PDF or an e-mail: at least
 * {@value #WRAPPED} characters, no closing punctuation, the next line not blank and not a list
 * item) runs on into the next, so a sentence broken over lines stays one. The model is loaded once
 * from the classpath. Thread-safe.
 */
public final class OpenNlpSentenceSplitter implements SentenceSplitter {
  private static final Pattern LINE = Pattern.compile("[^\\r\\n]+");
  /** The shortest line that may be a hard-wrapped piece of a longer sentence. */
  static final int WRAPPED = 60;
  /** How a wrapped line may end: not with closing punctuation. */
  private static final Pattern OPEN_END = Pattern.compile("[^.!?:;\"”’')\\]]\\s*$");
  /** A line that starts a list item or a bullet starts afresh. */
  private static final Pattern LIST_ITEM = Pattern.compile("\\s*(?:\\(\\w{1,3}\\)|\\d{1,2}[.)]|[-•*–])\\s");
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
    int blockStart = -1;
    int blockEnd = -1;
    while (line.find()) {
      if (line.group().isBlank()) {
        continue;
      }
      if (blockStart >= 0 && runsOn(text, blockEnd, line)) {
        blockEnd = line.end();
        continue;
      }
      if (blockStart >= 0) {
        detect(text, blockStart, blockEnd, sentences);
      }
      blockStart = line.start();
      blockEnd = line.end();
    }
    if (blockStart >= 0) {
      detect(text, blockStart, blockEnd, sentences);
    }
    return sentences;
  }

  /** Whether the line ending at {@code previousEnd} is hard-wrapped and runs on into {@code next}. */
  private static boolean runsOn(String text, int previousEnd, Matcher next) {
    int previousStart = text.lastIndexOf('\n', previousEnd - 1) + 1;
    String between = text.substring(previousEnd, next.start());
    return previousEnd - previousStart >= WRAPPED && between.chars().filter(c -> c == '\n').count() == 1
        && OPEN_END.matcher(text).region(previousStart, previousEnd).find()
        && !LIST_ITEM.matcher(next.group()).lookingAt();
  }

  private void detect(String text, int from, int to, List<Span> sentences) {
    String content = text.substring(from, to);
    for (opennlp.tools.util.Span s : detector.sentPosDetect(content)) {
      int start = from + s.getStart();
      int end = from + s.getEnd();
      while (start < end && Character.isWhitespace(text.charAt(start))) {
        start++;
      }
      while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
      if (end > start && continues(text, sentences, from, start)) {
        sentences.set(sentences.size() - 1, new Span(sentences.get(sentences.size() - 1).start(), end));
      } else if (end > start) {
        sentences.add(new Span(start, end));
      }
    }
  }
}
