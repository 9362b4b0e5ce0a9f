package org.harmledger.store.exchange;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.harmledger.extract.Extractor;
import org.harmledger.model.Extraction;
import org.harmledger.model.PublishedFrom;
import org.harmledger.model.ReportKind;
import org.harmledger.model.ReportMetadata;
import org.harmledger.store.Ledger;
import org.harmledger.store.custody.CustodyAction;
import org.harmledger.store.evidence.StoredOriginal;
import org.harmledger.store.ingest.IngestListener;
import org.harmledger.store.ingest.IngestSummary;
import org.harmledger.store.intake.IntakeDocument;
import org.harmledger.store.intake.IntakeFailure;
import org.harmledger.store.intake.IntakeItem;

/**
 * A ReferenceImporter brings a reference dataset file (ACLED or UCDP CSV) into the ledger as
 * sources. The file is kept as evidence with a "received" custody entry; each row becomes a
 * report of kind other, credited to the dataset, whose original is the row with the header (so
 * re-importing a file stores nothing twice) and whose one assertion is read from the columns.
 * Rows then join incidents like any source. A row that cannot be read fails alone, with a line
 * naming {@code file:line} and the reason; a file without the required columns fails as a whole.
 */
public final class ReferenceImporter {
  private final Ledger ledger;

  public ReferenceImporter(Ledger ledger) {
    this.ledger = Objects.requireNonNull(ledger, "ledger");
  }

  /**
   * Imports {@code file} in {@code format}; {@code actor} signs the custody entries.
   *
   * @throws IllegalArgumentException with a {@code file:line: reason} message when the file
   *     cannot be read as the format at all
   */
  public IngestSummary importFile(Path file, ReferenceFormat format, String actor) {
    byte[] bytes;
    String text;
    try {
      bytes = Files.readAllBytes(file);
      text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException(file + ": not UTF-8 text", e);
    } catch (IOException e) {
      throw new IllegalArgumentException(file + ": cannot read: " + e.getMessage(), e);
    }
    List<ReferenceCsv.Line> lines = ReferenceCsv.read(file.toString(), text, format.required());
    keepFile(file, bytes, format, lines.size(), actor);
    List<IntakeItem> inputs = new ArrayList<>();
    Map<String, Extraction> extractions = new HashMap<>();
    String rules = "reference:" + format.code();
    for (ReferenceCsv.Line line : lines) {
      String where = file + ":" + line.number();
      ReferenceRow row;
      try {
        row = format.read(line.cells());
      } catch (IllegalArgumentException e) {
        inputs.add(new IntakeFailure(where, e.getMessage()));
        continue;
      }
      String rowText = ReferenceCsv.single(line.cells());
      ReportMetadata metadata = new ReportMetadata(format.publisher() + " " + row.id(), format.publisher(), null,
          row.published(), PublishedFrom.METADATA, "en", ReportKind.OTHER);
      extractions.put(rowText, new Extraction(metadata, List.of(row.assertion()), rules));
      inputs.add(new IntakeDocument(where, rowText.getBytes(StandardCharsets.UTF_8), "text/csv", rowText, metadata));
    }
    // The assertion of each row was read above; the "extractor" hands it over, keyed by the row's text.
    Extractor columns = (rowText, metadata) -> extractions.get(rowText);
    return ledger.ingestService(columns, actor).ingest(inputs.stream(), IngestListener.NONE);
  }

  private void keepFile(Path file, byte[] bytes, ReferenceFormat format, int rows, String actor) {
    StoredOriginal original = ledger.evidence().put(bytes);
    ObjectNode details = new ObjectMapper().createObjectNode();
    details.put("source", file.toString());
    details.put("format", format.code());
    details.put("rows", rows);
    details.put("kind", "reference_dataset");
    ledger.custody().requireAnchored(ledger.database().jdbi());
    ledger.database().jdbi().useTransaction(h ->
        ledger.custody().append(h, actor, CustodyAction.RECEIVED, original.sha256().hex(), details));
    ledger.custody().anchor(ledger.database().jdbi());
  }
}
