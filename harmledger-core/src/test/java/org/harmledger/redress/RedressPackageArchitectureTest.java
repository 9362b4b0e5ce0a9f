package org.harmledger.redress;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The redress package is pure: earlier packages, the JDK and Jackson only; no files, database or clock. */
class RedressPackageArchitectureTest {
  private final JavaClasses redress = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.harmledger.redress");

  @Test
  void dependsOnlyOnEarlierPackagesTheJdkAndJackson() {
    classes().that().resideInAPackage("org.harmledger.redress..")
        .should().onlyDependOnClassesThat().resideInAnyPackage("org.harmledger..", "java..", "com.fasterxml.jackson..")
        .check(redress);
  }

  @Test
  void readsNoFilesAndNoClock() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("java.nio.file..", "java.sql..")
        .orShould().dependOnClassesThat().belongToAnyOf(java.io.File.class, java.io.FileInputStream.class, Clock.class)
        .orShould().callMethod(Instant.class, "now")
        .orShould().callMethod(LocalDate.class, "now")
        .orShould().callMethod(System.class, "currentTimeMillis")
        .check(redress);
  }
}
