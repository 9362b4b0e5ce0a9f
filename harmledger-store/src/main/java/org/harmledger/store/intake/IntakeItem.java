package org.harmledger.store.intake;

/**
 * An IntakeItem is one thing found in the inputs: a document to store as evidence, or a failure
 * to report. {@code source} names where it came from: a file path, or {@code path:LINE} for one
 * record of a JSON Lines feed.
 */
public sealed interface IntakeItem permits IntakeDocument, IntakeFailure {

  String source();
}
