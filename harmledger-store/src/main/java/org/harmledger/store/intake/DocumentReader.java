package org.harmledger.store.intake;

/**
 * A DocumentReader turns the bytes of one file in one format into a document or a failure.
 * Implementations never throw for bad bytes: whatever they are given, they return an
 * {@link IntakeDocument} whose original is exactly those bytes, or an {@link IntakeFailure}.
 * Implementations are stateless and thread-safe.
 */
@FunctionalInterface
interface DocumentReader {

  IntakeItem read(String source, byte[] original);
}
