package org.harmledger;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
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

  private static final String[] LOGIC = {
      "org.harmledger.extract..", "org.harmledger.resolve..", "org.harmledger.redress.."};

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

  /** The logic stages (extract, resolve, redress) touch no files, database, network or clock. */
  @Test
  void logicIsPure() {
    noClasses().that().resideInAnyPackage(LOGIC)
        .should().dependOnClassesThat().resideInAnyPackage("java.nio.file..", "java.sql..", "java.net..")
        .orShould().dependOnClassesThat().belongToAnyOf(java.io.File.class, java.io.FileInputStream.class,
            java.time.Clock.class)
        .orShould().callMethod(java.time.LocalDate.class, "now")
        .orShould().callMethod(java.time.Instant.class, "now")
        .orShould().callMethod(System.class, "currentTimeMillis")
        .check(CORE);
  }

  /** The logic stages use our own packages, the JDK, Jackson and OpenNLP's models, nothing else. */
  @Test
  void logicDependsOnlyOnSmallPureLibraries() {
    classes().that().resideInAnyPackage(LOGIC)
        .should().onlyDependOnClassesThat().resideInAnyPackage("org.harmledger..", "java..",
            "com.fasterxml.jackson..", "opennlp..")
        .check(CORE);
  }
}
