package org.harmledger.store.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class FeedRecordsTest {
  private final IntakeLimits limits = IntakeLimits.defaults();

  @Test
  void aReadErrorEndsTheFeedWithAFailureAfterTheRecordsAlreadyRead() {
    byte[] good = "{\"text\":\"A\"}\n".getBytes(StandardCharsets.UTF_8);
    InputStream failing = new InputStream() {
      private int at;

      @Override
      public int read() throws IOException {
        if (at < good.length) {
          return good[at++];
        }
        throw new IOException("disk gone");
      }
    };
    try (FeedRecords records = new FeedRecords("f.jsonl", new FeedLines(failing, 100), new MetadataJson(limits), limits)) {
      assertThat(records.next()).isInstanceOf(IntakeDocument.class);
      assertThat(records.next()).isEqualTo(new IntakeFailure("f.jsonl", "cannot read past record 1 (disk gone)"));
      assertThat(records.hasNext()).isFalse();
      assertThatThrownBy(records::next).isInstanceOf(NoSuchElementException.class);
    }
  }

  @Test
  void hasNextDoesNotConsumeRecords() {
    InputStream in = new java.io.ByteArrayInputStream("{\"text\":\"A\"}\n{\"text\":\"B\"}".getBytes(StandardCharsets.UTF_8));
    try (FeedRecords records = new FeedRecords("f.jsonl", new FeedLines(in, 100), new MetadataJson(limits), limits)) {
      assertThat(records.hasNext()).isTrue();
      assertThat(records.hasNext()).isTrue();
      assertThat(records.next().source()).isEqualTo("f.jsonl:1");
      assertThat(records.next().source()).isEqualTo("f.jsonl:2");
      assertThat(records.hasNext()).isFalse();
    }
  }
}
