package org.harmledger.store.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.harmledger.store.verify.Finding;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleVerifierTest {
  @TempDir
  Path dir;

  private Path bundle;
  private String original;

  @BeforeEach
  void export() throws Exception {
    CaseLedger c = new CaseLedger(dir.resolve("data"));
    bundle = dir.resolve("case");
    c.writer().write(CaseSelection.incident(c.incident.id()), false, "cli:tester", bundle);
    original = "evidence/" + c.incident.assertionIds().get(0).substring(0, 64);
  }

  private List<String> findings() throws Exception {
    return new BundleVerifier().verify(bundle).findings().stream().map(Finding::line).toList();
  }

  private void edit(String file, String from, String to) throws Exception {
    Path p = bundle.resolve(file);
    String text = Files.readString(p, StandardCharsets.UTF_8);
    assertThat(text).contains(from);
    Files.writeString(p, text.replaceFirst(java.util.regex.Pattern.quote(from), to), StandardCharsets.UTF_8);
  }

  @Test
  void verify_untouched_noFinding() throws Exception {
    assertThat(findings()).isEmpty();
  }

  @Test
  void verify_byteOfOriginalChanged_namesTheOriginal() throws Exception {
    Path p = bundle.resolve(original);
    byte[] bytes = Files.readAllBytes(p);
    bytes[5] ^= 1;
    Files.write(p, bytes);

    assertThat(findings()).anyMatch(f -> f.startsWith(original + ": does not match the manifest"))
        .anyMatch(f -> f.startsWith(original + ": original altered"));
  }

  @Test
  void verify_manifestHashEdited_namesTheFileItListsWrongly() throws Exception {
    String manifest = Files.readString(bundle.resolve(Manifest.FILE));
    String line = manifest.lines().filter(l -> l.contains("summary.md")).findFirst().orElseThrow();
    int at = manifest.indexOf("\"sha256\"", manifest.indexOf(line));
    String hash = manifest.substring(at + 12, at + 76);
    edit(Manifest.FILE, hash, "0".repeat(64));

    assertThat(findings()).containsExactly("summary.md: does not match the manifest (manifest sha " + "0".repeat(64)
        + ", file sha " + hash + ")");
  }

  @Test
  void verify_pdfSummaryAltered_namedAsNotMatchingTheManifest() throws Exception {
    Path p = bundle.resolve("summary.pdf");
    byte[] bytes = Files.readAllBytes(p);
    bytes[bytes.length / 2] ^= 1;
    Files.write(p, bytes);

    assertThat(findings()).singleElement().asString().startsWith("summary.pdf: does not match the manifest");
  }

  @Test
  void verify_fileDeleted_namedMissing() throws Exception {
    Files.delete(bundle.resolve("victims.json"));

    assertThat(findings()).containsExactly("victims.json: missing");
  }

  @Test
  void verify_fileAdded_namedExtra() throws Exception {
    Files.writeString(bundle.resolve("evidence/planted.txt"), "a forged statement");

    assertThat(findings()).containsExactly("evidence/planted.txt: extra file (not in the manifest)");
  }

  @Test
  void verify_custodyLineEdited_namesTheEntry() throws Exception {
    Path entries = bundle.resolve(CustodyExtract.ENTRIES);
    String first = Files.readString(entries).lines().findFirst().orElseThrow();
    String seq = first.substring(first.indexOf("\"seq\":") + 6, first.indexOf(','));
    edit(CustodyExtract.ENTRIES, "\"actor\":\"cli:tester\"", "\"actor\":\"someone else\"");

    assertThat(findings()).contains("custody entry " + seq + ": hash mismatch (its content was changed)")
        .anyMatch(f -> f.startsWith(CustodyExtract.ENTRIES + ": does not match the manifest"));
  }

  @Test
  void verify_chainLinkRemoved_namesTheGap() throws Exception {
    Path chain = bundle.resolve(CustodyExtract.CHAIN);
    List<String> lines = Files.readAllLines(chain);
    Files.write(chain, lines.subList(1, lines.size()));

    assertThat(findings()).contains("custody chain: entries 1..1 missing");
  }

  @Test
  void verify_noManifest_saysSo() throws Exception {
    Files.delete(bundle.resolve(Manifest.FILE));

    assertThat(findings()).containsExactly("manifest.json: missing");
  }
}
