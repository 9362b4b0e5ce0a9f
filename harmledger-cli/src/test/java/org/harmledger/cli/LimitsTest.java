package org.harmledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ingest within a small heap: a 200 MB file is refused by the per-report limit before it is read,
 * and a 100,000-line JSON Lines feed streams through a JVM limited to 256 MB.
 */
class LimitsTest {
  private static final int FEED_LINES = 100_000;
  private static final long BIG_FILE_BYTES = 200L * 1024 * 1024;

  @TempDir
  Path dir;

  @Test
  void hugeFileIsRefused_andALargeFeedStreams_inA256MbHeap() throws Exception {
    Path big = writeBigFile(dir.resolve("big.txt"));
    Path feed = writeFeed(dir.resolve("feed.jsonl"));
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

  private static Path writeBigFile(Path file) throws Exception {
    byte[] line = ("Shelling was reported again near the water station on the southern road into town.\n")
        .getBytes(StandardCharsets.US_ASCII);
    byte[] block = new byte[line.length * 8192];
    for (int i = 0; i < 8192; i++) {
      System.arraycopy(line, 0, block, i * line.length, line.length);
    }
    try (OutputStream o = Files.newOutputStream(file)) {
      long written = 0;
      while (written < BIG_FILE_BYTES) {
        int n = (int) Math.min(block.length, BIG_FILE_BYTES - written);
        o.write(block, 0, n);
        written += n;
      }
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
        for (int k = 0; k < 40; k++) {
          text.append(' ').append(words[random.nextInt(words.length)]).append(random.nextInt(100));
        }
        w.write("{\"title\":\"Update " + i + "\",\"publisher\":\"Feed\",\"text\":\"" + text + ".\"}\n");
      }
    }
    return file;
  }
}
