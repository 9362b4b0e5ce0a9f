package org.harmledger.store.duplicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.harmledger.store.Texts;
import org.junit.jupiter.api.Test;

class MinHashSignatureTest {
  private final MinHasher hasher = new MinHasher();

  @Test
  void encode_thenDecode_givesEqualSignature() {
    MinHashSignature s = hasher.sign(Texts.MARKET_STORY).orElseThrow();

    assertThat(s.encode()).hasSize(MinHasher.HASHES * 8).matches("[0-9a-f]+");
    assertThat(MinHashSignature.decode(s.encode())).isEqualTo(s);
  }

  @Test
  void bandKeys_oneKeyPerBand_sharedByIdenticalTexts() {
    MinHashSignature a = hasher.sign(Texts.MARKET_STORY).orElseThrow();
    MinHashSignature b = hasher.sign(Texts.MARKET_STORY.toUpperCase()).orElseThrow();

    assertThat(a.bandKeys()).hasSize(MinHasher.BANDS).doesNotHaveDuplicates();
    assertThat(a.bandKeys().get(7)).startsWith("07:");
    assertThat(b.bandKeys()).isEqualTo(a.bandKeys());
  }

  @Test
  void bandKeys_republicationSharesABand_otherStoryDoesNot() {
    MinHashSignature story = hasher.sign(Texts.MARKET_STORY).orElseThrow();
    MinHashSignature republished = hasher.sign(Texts.MARKET_REPUBLISHED).orElseThrow();
    MinHashSignature other = hasher.sign(Texts.MARKET_OTHER_ACCOUNT).orElseThrow();

    assertThat(republished.bandKeys()).containsAnyElementsOf(story.bandKeys());
    assertThat(other.bandKeys()).doesNotContainAnyElementsOf(story.bandKeys());
  }

  @Test
  void similarity_identicalIsOne() {
    MinHashSignature s = hasher.sign("a b c d e f g").orElseThrow();
    assertThat(s.similarity(s)).isEqualTo(1.0);
  }

  @Test
  void constructor_wrongLength_isRejected() {
    assertThatThrownBy(() -> new MinHashSignature(new int[3])).hasMessage("expected 128 values but was 3");
    assertThatThrownBy(() -> MinHashSignature.decode("abc")).hasMessageContaining("hex characters");
  }
}
