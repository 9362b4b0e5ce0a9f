package org.harmledger.store.casefile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.harmledger.store.custody.CustodyEntry;
import org.harmledger.store.custody.CustodyHead;
import org.harmledger.store.verify.Finding;

/**
 * A CustodyExtract is the part of the custody log a case bundle carries, in two files that can be
 * checked without the database. {@code custody/entries.jsonl} holds the full entries about the
 * bundle's reports and victims; their hashes can be recomputed. {@code custody/chain.txt} holds
 * the skeleton of the whole chain up to the export, one line {@code seq previous_hash entry_hash}
 * per entry: its links can be followed from the first entry, and each full entry must sit in it
 * at its place. The skeleton holds hashes only, so it reveals nothing of the other entries.
 */
final class CustodyExtract {
  static final String ENTRIES = "custody/entries.jsonl";
  static final String CHAIN = "custody/chain.txt";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private CustodyExtract() {}

  static byte[] entries(List<CustodyEntry> entries) {
    StringBuilder sb = new StringBuilder();
    for (CustodyEntry e : entries) {
      ObjectNode o = MAPPER.createObjectNode();
      o.put("seq", e.seq());
      o.put("recorded_at", e.time().toString());
      o.put("actor", e.actor());
      o.put("action", e.action());
      o.put("subject", e.subject());
      o.put("details", e.details());
      o.put("previous_hash", e.previousHash());
      o.put("entry_hash", e.hash());
      sb.append(o).append('\n');
    }
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  static byte[] chain(List<CustodyEntry> chain) {
    StringBuilder sb = new StringBuilder();
    for (CustodyEntry e : chain) {
      sb.append(e.seq()).append(' ').append(e.previousHash()).append(' ').append(e.hash()).append('\n');
    }
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The custody findings of an extract: broken or missing links in the chain, and entries that do not match it. */
  static List<Finding> check(byte[] entriesFile, byte[] chainFile) {
    List<Finding> findings = new ArrayList<>();
    Map<Long, String[]> links = new HashMap<>();
    String expectedPrevious = CustodyHead.GENESIS.hash();
    long expectedSeq = 1;
    String[] lines = new String(chainFile, StandardCharsets.UTF_8).split("\n");
    for (String line : lines) {
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.trim().split(" ");
      long seq;
      try {
        seq = Long.parseLong(f[0]);
      } catch (NumberFormatException e) {
        findings.add(new Finding(CHAIN, "malformed line '" + line + "'"));
        continue;
      }
      if (f.length != 3) {
        findings.add(new Finding(CHAIN, "malformed line for entry " + seq));
        continue;
      }
      if (seq != expectedSeq) {
        findings.add(new Finding("custody chain", seq > expectedSeq
            ? "entries " + expectedSeq + ".." + (seq - 1) + " missing" : "entry " + seq + " out of order"));
      } else if (!f[1].equals(expectedPrevious)) {
        findings.add(new Finding("custody entry " + seq, "previous hash does not match entry " + (seq - 1)));
      }
      links.put(seq, f);
      expectedSeq = seq + 1;
      expectedPrevious = f[2];
    }
    int row = 0;
    for (String line : new String(entriesFile, StandardCharsets.UTF_8).split("\n")) {
      row++;
      if (line.isBlank()) {
        continue;
      }
      CustodyEntry entry;
      try {
        entry = parse(line);
      } catch (IOException | RuntimeException e) {
        findings.add(new Finding(ENTRIES, "line " + row + " is not a custody entry: " + e.getMessage()));
        continue;
      }
      String subject = "custody entry " + entry.seq();
      if (!entry.hashMatches()) {
        findings.add(new Finding(subject, "hash mismatch (its content was changed)"));
      }
      String[] link = links.get(entry.seq());
      if (link == null) {
        findings.add(new Finding(subject, "not in the chain"));
      } else if (!link[1].equals(entry.previousHash()) || !link[2].equals(entry.hash())) {
        findings.add(new Finding(subject, "does not match its link in the chain"));
      }
    }
    return findings;
  }

  private static CustodyEntry parse(String line) throws IOException {
    JsonNode o = MAPPER.readTree(line);
    return new CustodyEntry(o.path("seq").asLong(), Instant.parse(o.path("recorded_at").asText()),
        o.path("actor").asText(), o.path("action").asText(), o.path("subject").asText(),
        o.path("details").asText(), o.path("previous_hash").asText(), o.path("entry_hash").asText());
  }
}
