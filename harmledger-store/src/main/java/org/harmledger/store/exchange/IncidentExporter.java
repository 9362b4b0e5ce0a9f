package org.harmledger.store.exchange;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.harmledger.model.Sha256;
import org.harmledger.store.Ledger;
import org.harmledger.store.custody.CustodyAction;
import org.harmledger.store.incidents.IncidentStore;

/**
 * An IncidentExporter writes the ledger's incidents to a file: as ACLED or UCDP GED rows (CSV),
 * as a GeoJSON FeatureCollection, or as JSON Lines of full incident JSON. Each export is a
 * custody event ("exported") naming the format, the path, the count and the SHA-256 of the file.
 */
public final class IncidentExporter {
  /** The formats an export can take. */
  public enum Format {
    ACLED, UCDP, GEOJSON, JSONL;

    /** Parses a code such as {@code acled}. */
    public static Format fromCode(String code) {
      try {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("'" + code + "' is not an export format (acled, ucdp, geojson, jsonl)", e);
      }
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Ledger ledger;
  private final ReferenceVocabulary vocabulary;

  public IncidentExporter(Ledger ledger, ReferenceVocabulary vocabulary) {
    this.ledger = Objects.requireNonNull(ledger, "ledger");
    this.vocabulary = Objects.requireNonNull(vocabulary, "vocabulary");
  }

  /**
   * Writes every incident to {@code out} in {@code format}; returns how many were written.
   *
   * @throws UncheckedIOException naming the path when it cannot be written
   */
  public int export(Format format, Path out, String actor) {
    IncidentStore incidents = ledger.incidents();
    List<ObjectNode> all = new ArrayList<>();
    incidents.forEach(all::add);
    MessageDigest digest = Sha256.digest();
    try (OutputStream file = new DigestOutputStream(Files.newOutputStream(out), digest);
        Writer writer = new OutputStreamWriter(file, StandardCharsets.UTF_8)) {
      if (format == Format.JSONL) {
        for (ObjectNode i : all) {
          writer.write(i.toString());
          writer.write('\n');
        }
      } else if (format == Format.GEOJSON) {
        writer.write(IncidentGeoJson.collection(all).toString());
        writer.write('\n');
      } else {
        ReferenceFormat rows = format == Format.ACLED ? new AcledFormat(vocabulary) : new UcdpFormat(vocabulary);
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        rows.columns().forEach(schema::addColumn);
        try (SequenceWriter csv = new CsvMapper().writer(schema.build()).writeValues(writer)) {
          for (ObjectNode i : all) {
            csv.write(new ArrayList<>(rows.write(i).values()));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
    }
    ObjectNode details = JSON.createObjectNode();
    details.put("format", format.name().toLowerCase(Locale.ROOT));
    details.put("path", out.toString());
    details.put("incidents", all.size());
    details.put("sha256", HexFormat.of().formatHex(digest.digest()));
    ledger.custody().requireAnchored(ledger.database().jdbi());
    ledger.database().jdbi().useTransaction(h ->
        ledger.custody().append(h, actor, CustodyAction.EXPORTED, IncidentStore.SUBJECT, details));
    ledger.custody().anchor(ledger.database().jdbi());
    return all.size();
  }
}
