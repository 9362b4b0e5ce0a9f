package org.harmledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VictimsCommandTest {
  private static final String PLANTED = "Qasimira";

  @TempDir
  Path dir;

  private String data() {
    return dir.resolve("data").toString();
  }

  private Path csv() throws Exception {
    return Files.writeString(dir.resolve("list.csv"), "id,given_name,father_name,family_name,sex,age,status,outcome,"
        + "incident_id\n"
        + "v-1," + PLANTED + ",Mohammed,al-Khalil,female,34,civilian,killed,inc-1\n"
        + "v-2," + PLANTED + ",Muhammad,Khalil,female,35,civilian,killed,inc-1\n"
        + "v-3,,,,unknown,child,civilian,injured,inc-2\n");
  }

  @Test
  void import_thenList_publicViewByDefault_namesOnlyWhenAsked() throws Exception {
    Cli.Result imported = Cli.run("--data", data(), "victims", "import", csv().toString());

    assertThat(imported.exit()).isZero();
    assertThat(imported.out()).startsWith("imported 3 victims from ");
    Cli.Result list = Cli.run("victims", "list", "--data", data());
    assertThat(list.out()).contains("v-1", "v-2", "v-3", "3 victims").doesNotContain(PLANTED);
    assertThat(Cli.run("--data", data(), "victims", "list", "--names").out()).contains(PLANTED);
    Cli.Result incident = Cli.run("--data", data(), "victims", "list", "--incident", "inc-2");
    assertThat(incident.out()).contains("incident inc-2: not in the ledger").contains("v-3")
        .doesNotContain("v-1").contains("1 victims");
  }

  @Test
  void import_badRow_oneLineNamingFileRowAndField_nothingStored() throws Exception {
    Path bad = Files.writeString(dir.resolve("bad.csv"), "id,status,outcome\nv-1,civilian,killed\nv-2,soldier,killed\n");

    Cli.Result r = Cli.run("--data", data(), "victims", "import", bad.toString());

    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err().strip()).startsWith("harmledger: " + bad + ": row 3, field 'status': ").doesNotContain("\n");
    assertThat(Cli.run("--data", data(), "victims", "list").out()).contains("0 victims");
  }

  @Test
  void add_duplicates_merge_decidedPairNoLongerProposed() throws Exception {
    Cli.run("--data", data(), "victims", "import", csv().toString());
    Cli.Result added = Cli.run("--data", data(), "victims", "add", "--id", "v-4", "--status", "civilian",
        "--outcome", "missing", "--sex", "male", "--reason", "family visit");
    assertThat(added.exit()).isZero();
    assertThat(added.out().strip()).isEqualTo("added victim v-4");

    Cli.Result dupes = Cli.run("--data", data(), "victims", "duplicates");
    assertThat(dupes.out()).contains("v-1 and v-2 score ").contains("1 proposals").doesNotContain(PLANTED);

    Cli.Result merged = Cli.run("--data", data(), "victims", "merge", "v-2", "v-1", "--reason", "same death record");
    assertThat(merged.exit()).isZero();
    assertThat(Cli.run("--data", data(), "victims", "duplicates").out()).contains("0 proposals");
    assertThat(Cli.run("--data", data(), "verify").exit()).isZero();
  }

  @Test
  void add_badOption_namesIt() {
    Cli.Result r = Cli.run("--data", data(), "victims", "add", "--id", "v-9", "--status", "civilian",
        "--outcome", "killed", "--age", "old", "--reason", "r");

    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).startsWith("harmledger: victims add: field 'age': ");
  }

  @Test
  void erase_namesGone_recordStays() throws Exception {
    Cli.run("--data", data(), "victims", "import", csv().toString());

    Cli.Result erased = Cli.run("--data", data(), "victims", "erase", "v-1", "--reason", "request of the family");

    assertThat(erased.out().strip()).isEqualTo("erased the names of victim v-1");
    String listed = Cli.run("--data", data(), "victims", "list", "--names").out();
    assertThat(listed.lines().filter(l -> l.startsWith("v-1")).findFirst().orElseThrow()).doesNotContain(PLANTED);
    assertThat(listed).contains("3 victims");
    assertThat(Cli.run("--data", data(), "victims", "erase", "v-9", "--reason", "x").err().strip())
        .isEqualTo("harmledger: victim v-9 is not registered");
  }

  @Test
  void edit_changesOnlyTheOptionsGiven_auditedWithoutNames_badValueOneLine() throws Exception {
    Cli.run("--data", data(), "victims", "import", csv().toString());

    Cli.Result edited = Cli.run("--data", data(), "victims", "edit", "v-3", "--outcome", "killed", "--date",
        "2019-01-18", "--reason", "hospital list");
    Cli.Result same = Cli.run("--data", data(), "victims", "edit", "v-3", "--outcome", "killed", "--reason", "again");
    Cli.Result bad = Cli.run("--data", data(), "victims", "edit", "v-1", "--sex", "x", "--reason", "r");
    Cli.Result unknown = Cli.run("--data", data(), "victims", "edit", "v-9", "--sex", "male", "--reason", "r");

    assertThat(edited.out()).isEqualTo("edited victim v-3: outcome, date\n");
    assertThat(same.out()).isEqualTo("victim v-3: nothing changed\n");
    assertThat(Cli.run("--data", data(), "victims", "list", "--incident", "inc-2").out())
        .contains("v-3          killed   civilian  unknown child  2019-01-18 inc-2");
    assertThat(bad.exit()).isNotZero();
    assertThat(bad.err()).contains("victims edit: field 'sex': unknown sex 'x'");
    assertThat(unknown.err()).contains("victims edit: victim v-9 is not registered");
    assertThat(Cli.run("--data", data(), "victims", "list", "--names").out()).contains(PLANTED);
  }
}
