package org.harmledger.store.db;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.harmledger.model.Sha256;

/**
 * InLists splits the values of an SQL {@code IN (...)} list into chunks that every supported
 * database accepts as bind parameters (PostgreSQL's protocol allows 32,767 per statement).
 */
final class InLists {
  /** Values per {@code IN} list. */
  static final int MAX = 1_000;

  private InLists() {}

  static <T> List<List<T>> chunks(Collection<T> values) {
    return chunks(values, MAX);
  }

  /** {@code values} in chunks of at most {@code size}, in order. */
  static <T> List<List<T>> chunks(Collection<T> values, int size) {
    List<List<T>> chunks = new ArrayList<>();
    List<T> chunk = new ArrayList<>(Math.min(size, values.size()));
    for (T value : values) {
      chunk.add(value);
      if (chunk.size() == size) {
        chunks.add(chunk);
        chunk = new ArrayList<>(size);
      }
    }
    if (!chunk.isEmpty()) {
      chunks.add(chunk);
    }
    return chunks;
  }

  static List<List<String>> hexChunks(Collection<Sha256> ids) {
    return chunks(ids.stream().map(Sha256::hex).distinct().toList());
  }
}
