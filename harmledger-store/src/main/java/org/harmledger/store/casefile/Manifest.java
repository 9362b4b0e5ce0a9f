package org.harmledger.store.casefile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.harmledger.model.Sha256;

/**
 * A Manifest is a case bundle's table of contents, kept in {@code manifest.json}: the format,
 * what the bundle is about, when and by whom it was made, whether it holds personal data, and
 * the SHA-256 of every other file in the bundle.
 */
public record Manifest(String selection, Instant createdAt, String createdBy, boolean personalData,
    List<BundleFile> files) {
  public static final String FILE = "manifest.json";
  public static final String FORMAT = "harmledger-casefile/1";
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public Manifest {
    Objects.requireNonNull(selection, "selection");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(createdBy, "createdBy");
    files = List.copyOf(files);
  }

  byte[] toBytes() {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("format", FORMAT);
    o.put("selection", selection);
    o.put("created_at", createdAt.toString());
    o.put("created_by", createdBy);
    o.put("personal_data", personalData);
    ArrayNode list = o.putArray("files");
    for (BundleFile f : files) {
      list.addObject().put("path", f.path()).put("sha256", f.sha256().hex()).put("bytes", f.bytes());
    }
    try {
      return (MAPPER.writeValueAsString(o) + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a manifest", e);
    }
  }

  /**
   * Reads a manifest.
   *
   * @throws IllegalArgumentException saying what is wrong when the bytes are not a manifest of this format
   */
  static Manifest parse(byte[] bytes) {
    try {
      JsonNode o = MAPPER.readTree(bytes);
      if (o == null || !FORMAT.equals(o.path("format").asText())) {
        throw new IllegalArgumentException("not a " + FORMAT + " manifest");
      }
      List<BundleFile> files = new java.util.ArrayList<>();
      for (JsonNode f : o.path("files")) {
        files.add(new BundleFile(f.path("path").asText(), new Sha256(f.path("sha256").asText()),
            f.path("bytes").asLong()));
      }
      return new Manifest(o.path("selection").asText(), Instant.parse(o.path("created_at").asText()),
          o.path("created_by").asText(), o.path("personal_data").asBoolean(), files);
    } catch (java.io.IOException | java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException("unreadable manifest: " + e.getMessage(), e);
    }
  }
}
