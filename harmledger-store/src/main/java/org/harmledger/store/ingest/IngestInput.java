package org.harmledger.store.ingest;

/**
 * An IngestInput is one item for the ingest service: a document to store, or a failure found
 * before storing (unreadable file, bad encoding) to report alongside the others.
 */
public sealed interface IngestInput permits IngestDocument, IngestFailure {
  /** Where the input came from, e.g. a file path; it names the input in messages. */
  String source();
}
