package org.harmledger.bench.redress;

import static org.assertj.core.api.Assertions.assertThat;

import org.harmledger.redress.AwardSchedule;
import org.harmledger.redress.BatchReport;
import org.harmledger.redress.ClaimBatch;
import org.harmledger.redress.FlagKind;
import org.harmledger.redress.Mandate;
import org.harmledger.redress.VictimMatcher;
import org.junit.jupiter.api.Test;

class SyntheticRedressTest {
  @Test
  void generatesTheRequestedClaimsOverAFifthAsManyVictimsDeterministically() {
    SyntheticRedress.Data a = SyntheticRedress.generate(5_000, 7);
    assertThat(a.input().claims()).hasSize(5_000);
    assertThat(a.input().victims().size()).isBetween(1_000, 1_100);
    assertThat(SyntheticRedress.generate(5_000, 7)).isEqualTo(a);
  }

  @Test
  void thePlantedCasesAreThereForTheChecksToFind() {
    SyntheticRedress.Data data = SyntheticRedress.generate(20_000, 42);
    assertThat(data.plantedDuplicates()).isPositive();
    assertThat(data.plantedCapBreaches()).isPositive();
    assertThat(data.plantedOverlaps()).isPositive();
    BatchReport report = new ClaimBatch(Mandate.loadExample(), AwardSchedule.loadUnccModel(),
        VictimMatcher.loadDefault()).run(data.input());
    assertThat(report.flagsPerKind().get(FlagKind.OVERLAPPING_CLAIMS)).isEqualTo(data.plantedOverlaps());
    assertThat(report.flags()).filteredOn(f -> f.kind() == FlagKind.LIKELY_DUPLICATE_VICTIMS)
        .filteredOn(f -> f.victimIds().get(1).equals(f.victimIds().get(0) + "-dup"))
        .hasSize(data.plantedDuplicates());
  }
}
