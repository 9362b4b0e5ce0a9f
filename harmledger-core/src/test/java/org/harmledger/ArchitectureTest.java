package org.harmledger;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The packages of harmledger-core follow the flow of data; a package never imports one that
 * comes later in the flow, and core never touches I/O frameworks.
 */
class ArchitectureTest {
  /** The flow, first to last. */
  private static final List<String> FLOW = List.of(
      "org.harmledger.model..",
      "org.harmledger.gazetteer..",
      "org.harmledger.actors..",
      "org.harmledger.extract..",
      "org.harmledger.resolve..",
      "org.harmledger.redress..");

  private static final JavaClasses CORE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.harmledger");

  @Test
  void noPackageImportsOneLaterInTheFlow() {
    for (int i = 0; i < FLOW.size(); i++) {
      for (int later = i + 1; later < FLOW.size(); later++) {
        noClasses().that().resideInAPackage(FLOW.get(i))
            .should().dependOnClassesThat().resideInAPackage(FLOW.get(later))
            .allowEmptyShould(true)
            .check(CORE);
      }
    }
  }

  @Test
  void coreLogicDoesNoDatabaseOrNetworkIo() {
    noClasses().that().resideInAPackage("org.harmledger..")
        .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "java.net.http..", "javax.sql..")
        .check(CORE);
  }

  @Test
  void logicDoesNotReadTheClock() {
    noClasses().that().resideInAnyPackage("org.harmledger.extract..", "org.harmledger.resolve..", "org.harmledger.redress..")
        .should().callMethod(java.time.LocalDate.class, "now")
        .orShould().callMethod(java.time.Instant.class, "now")
        .orShould().callMethod(System.class, "currentTimeMillis")
        .check(CORE);
  }
}
