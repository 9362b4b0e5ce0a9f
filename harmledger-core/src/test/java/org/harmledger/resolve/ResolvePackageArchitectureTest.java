package org.harmledger.resolve;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The resolve package stays pure and in its place in the flow: model, gazetteer, actors, extract come before it. */
class ResolvePackageArchitectureTest {
  private final JavaClasses resolve = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.harmledger.resolve");

  @Test
  void dependsOnlyOnEarlierPackagesTheJdkAndJackson() {
    classes().that().resideInAPackage("org.harmledger.resolve..")
        .should().onlyDependOnClassesThat().resideInAnyPackage("org.harmledger.resolve..", "org.harmledger.model..",
            "org.harmledger.gazetteer..", "org.harmledger.actors..", "org.harmledger.extract..", "java..",
            "com.fasterxml.jackson..")
        .check(resolve);
  }

  @Test
  void readsNoFilesAndNoClock() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("java.nio.file..", "java.sql..")
        .orShould().dependOnClassesThat().belongToAnyOf(java.io.File.class, java.io.FileInputStream.class, Clock.class)
        .orShould().callMethod(Instant.class, "now")
        .orShould().callMethod(LocalDate.class, "now")
        .orShould().callMethod(System.class, "currentTimeMillis")
        .check(resolve);
  }
}
