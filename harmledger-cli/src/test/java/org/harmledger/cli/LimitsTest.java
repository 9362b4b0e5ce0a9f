package org.harmledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.harmledger.store.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ingest within a small heap: a 200 MB file is refused by the per-report limit before it is read,
 * and a 100,000-line JSON Lines feed of over 100 MB (reports of about 1 KB) streams through a JVM
 * limited to 256 MB. Held in memory at once, the feed's documents (original bytes, text,
 * signatures) would outgrow that heap besides the dictionaries and buffers, so only streaming passes.
 */
class LimitsTest {
  private static final int FEED_LINES = 100_000;
  private static final int WORDS_PER_LINE = 110;
  private static final long FEED_MIN_BYTES = 100L * 1000 * 1000;
  private static final long BIG_FILE_BYTES = 200L * 1024 * 1024;

  @TempDir
  Path dir;

  @Test
  void hugeFileIsRefused_andALargeFeedStreams_inA256MbHeap() throws Exception {
    Path big = writeBigFile(dir.resolve("big.txt"));
    Path feed = writeFeed(dir.resolve("feed.jsonl"));
    assertThat(Files.size(feed)).as("feed size").isGreaterThan(FEED_MIN_BYTES);
    Path data = dir.resolve("data");
    TestDatabases.prepare(data);
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");

    Process child = new ProcessBuilder(ChildCli.command(List.of("-Xmx256m"),
            "--data", data.toString(), "ingest", big.toString(), feed.toString()))
        .redirectOutput(out.toFile())
        .redirectError(err.toFile())
        .start();

    assertThat(child.waitFor(30, TimeUnit.MINUTES)).isTrue();
    assertThat(Files.readAllLines(err)).containsExactly(
        "harmledger: " + big + ": too large: 200.0 MB, the limit for one report is 32.0 MB");
    assertThat(child.exitValue()).isEqualTo(1);
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).contains("stored " + FEED_LINES + ", duplicates 0, republications 0, failed 1");
    assertThat(ChildCli.count(data, "SELECT COUNT(*) FROM reports")).isEqualTo(FEED_LINES);
  }

  /**
   * A sparse file of 200 MB: the limit is checked from the size, before a byte is read, so the
   * content never matters, and a sparse file costs no writing (a file that were read would still
   * be 200 MB of zeros, over the limit and over the heap).
   */
  private static Path writeBigFile(Path file) throws Exception {
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      f.setLength(BIG_FILE_BYTES);
    }
    return file;
  }

  /** One report per line, each a different draw of words, so none is a near duplicate of another. */
  private static Path writeFeed(Path file) throws Exception {
    String[] words = Arrays.stream(("shelling market village civilians killed wounded hospital rescue ministry "
        + "statement forces airstrike drone school bakery checkpoint displaced families witnesses morning night "
        + "north south east west district town road bridge water power station council volunteers").split(" "))
        .toArray(String[]::new);
    Random random = new Random(7);
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < FEED_LINES; i++) {
        StringBuilder text = new StringBuilder("Update " + i + ":");
        for (int k = 0; k < WORDS_PER_LINE; k++) {
          text.append(' ').append(words[random.nextInt(words.length)]).append(random.nextInt(100));
        }
        w.write("{\"title\":\"Update " + i + "\",\"publisher\":\"Feed\",\"text\":\"" + text + ".\"}\n");
      }
    }
    return file;
  }
}
