package org.harmledger.store.redress;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.harmledger.redress.Claimant;
import org.harmledger.redress.SubjectExport;
import org.harmledger.redress.Victim;
import org.harmledger.store.custody.CustodyAction;
import org.harmledger.store.custody.CustodyLog;
import org.jdbi.v3.core.Jdbi;

/**
 * A SubjectExportWriter gives a claimant all the ledger holds about them ({@link SubjectExport})
 * as a JSON file, and records the personal-data export in the custody log.
 */
public final class SubjectExportWriter {
  private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);

  private final Jdbi jdbi;
  private final CustodyLog custody;
  private final ClaimantRegister claimants;
  private final ClaimRegister claims;
  private final VictimRegister victims;

  public SubjectExportWriter(Jdbi jdbi, CustodyLog custody, ClaimantRegister claimants, ClaimRegister claims,
      VictimRegister victims) {
    this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    this.custody = Objects.requireNonNull(custody, "custody");
    this.claimants = Objects.requireNonNull(claimants, "claimants");
    this.claims = Objects.requireNonNull(claims, "claims");
    this.victims = Objects.requireNonNull(victims, "victims");
  }

  /**
   * Writes the export of claimant {@code id} to a new file {@code target}.
   *
   * @throws IllegalArgumentException naming the id when the claimant is not registered
   * @throws IOException when the target exists or cannot be written
   */
  public SubjectExport write(String id, String actor, Path target) throws IOException {
    Claimant claimant = claimants.find(id)
        .orElseThrow(() -> new IllegalArgumentException("claimant " + id + " is not registered"));
    custody.requireAnchored(jdbi);
    Map<String, Victim> register = new HashMap<>();
    victims.all().forEach(v -> register.put(v.id(), v));
    SubjectExport export = SubjectExport.forClaimant(claimant, claims.all(), register);
    Files.write(target, MAPPER.writeValueAsBytes(export), StandardOpenOption.CREATE_NEW);
    jdbi.useTransaction(h -> custody.append(h, actor, CustodyAction.EXPORTED, ClaimantRegister.subject(id),
        JsonNodeFactory.instance.objectNode().put("event", "personal_data.subject_export")
            .put("target", target.getFileName().toString()).put("claims", export.claims().size())));
    custody.anchor(jdbi);
    return export;
  }
}
