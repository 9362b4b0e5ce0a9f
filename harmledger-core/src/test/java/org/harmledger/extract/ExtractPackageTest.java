package org.harmledger.extract;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The extract package stays pure and in its place in the flow. */
class ExtractPackageTest {
  private static final JavaClasses EXTRACT = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.harmledger.extract");

  @Test
  void neverImportsPackagesLaterInTheFlow() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("org.harmledger.resolve..", "org.harmledger.redress..",
        "org.harmledger.store..", "org.harmledger.server..", "org.harmledger.cli..").check(EXTRACT);
  }

  @Test
  void touchesNoFilesDatabaseOrClock() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("java.nio.file..", "java.sql..", "java.net..")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.File")
        .orShould().callMethod(java.time.LocalDate.class, "now")
        .orShould().callMethod(System.class, "currentTimeMillis")
        .check(EXTRACT);
  }
}
