package org.harmledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.harmledger.store.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several {@code harmledger ingest} processes at once on one ledger (one data folder, one
 * database), with overlapping inputs: nothing may be lost or stored twice, and the chain verifies.
 */
class ConcurrentIngestProcessesTest {
  private static final int WRITERS = 3;
  private static final int DISTINCT = 300;

  @TempDir
  Path dir;

  @Test
  void threeIngestProcesses_overlappingInputs_everyReportOnce_everyArrivalRecorded_chainIntact() throws Exception {
    Path data = dir.resolve("data");
    TestDatabases.prepare(data);
    // Folder k holds reports [100k, 100k + 200) modulo 300: every report arrives through two processes.
    List<Path> folders = new ArrayList<>();
    for (int k = 0; k < WRITERS; k++) {
      Path folder = dir.resolve("in" + k);
      for (int i = 100 * k; i < 100 * k + 200; i++) {
        ChildCli.writeReport(folder, i % DISTINCT);
      }
      folders.add(folder);
    }
    Path log = dir.resolve("stderr.log");

    List<Process> writers = new ArrayList<>();
    for (Path folder : folders) {
      writers.add(ChildCli.start(log, "--data", data.toString(), "ingest", "--json", folder.toString()));
    }
    long stored = 0;
    long duplicates = 0;
    for (Process writer : writers) {
      String summary = new String(writer.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      assertThat(writer.waitFor(5, TimeUnit.MINUTES)).isTrue();
      assertThat(writer.exitValue()).as("exit of a writer; stderr: %s", Files.readString(log)).isZero();
      stored += Long.parseLong(summary.replaceAll(".*\"stored\":(\\d+).*", "$1"));
      duplicates += Long.parseLong(summary.replaceAll(".*\"duplicates\":(\\d+).*", "$1"));
    }

    int arrivals = WRITERS * 200;
    assertThat(stored).isEqualTo(DISTINCT);
    assertThat(duplicates).isEqualTo(arrivals - DISTINCT);
    assertThat(ChildCli.count(data, "SELECT COUNT(*) FROM reports")).isEqualTo(DISTINCT);
    assertThat(ChildCli.count(data, "SELECT COUNT(*) FROM receipts")).isEqualTo(arrivals);
    assertThat(ChildCli.count(data, "SELECT COUNT(*) FROM extraction_runs")).isEqualTo(DISTINCT);
    assertThat(ChildCli.count(data, "SELECT COUNT(*) FROM custody_entries WHERE action = 'extracted'"))
        .isEqualTo(DISTINCT);
    assertThat(ChildCli.count(data, "SELECT COUNT(*) FROM custody_entries WHERE action = 'received'"))
        .isEqualTo(arrivals);
    Cli.Result verify = Cli.run("verify", "--data", data.toString());
    assertThat(verify.out()).contains("checked " + DISTINCT + " reports").contains("intact");
    assertThat(verify.exit()).isZero();
  }
}
