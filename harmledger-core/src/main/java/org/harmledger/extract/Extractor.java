package org.harmledger.extract;

import org.harmledger.model.Extraction;
import org.harmledger.model.ReportMetadata;

/**
 * An Extractor reads one report's working text and returns the assertions it makes.
 * Implementations are pure (no files, database or clock) and thread-safe, so one instance
 * serves a whole ingest, a server, or a distributed job.
 */
@FunctionalInterface
public interface Extractor {
  Extraction extract(String text, ReportMetadata metadata);
}
