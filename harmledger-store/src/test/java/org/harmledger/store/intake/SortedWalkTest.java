package org.harmledger.store.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SortedWalkTest {

  @TempDir
  Path folder;

  @Test
  void entriesComeDepthFirstInNameOrder() throws IOException {
    touch("b/2.txt");
    touch("b/1.txt");
    touch("a.txt");
    touch("c/d/e.txt");
    touch("B.txt");

    assertThat(walk(folder)).containsExactly("B.txt", "a.txt", "b/1.txt", "b/2.txt", "c/d/e.txt");
  }

  @Test
  void hiddenEntriesInsideFoldersAndSidecarsAnywhereArePassedOver() throws IOException {
    touch(".git/config");
    touch(".hidden.txt");
    touch("a.txt");
    touch("a.meta.json");

    assertThat(walk(folder)).containsExactly("a.txt");
    assertThat(walk(folder.resolve(".hidden.txt"), folder.resolve("a.meta.json"))).containsExactly(".hidden.txt");
  }

  @Test
  void pathsThatDoNotExistAreYieldedForTheReaderToReport() {
    assertThat(walk(folder.resolve("missing"))).containsExactly("missing");
  }

  @Test
  void theEndOfTheWalkIsFinal() {
    SortedWalk walk = new SortedWalk(List.of());

    assertThat(walk.hasNext()).isFalse();
    assertThatThrownBy(walk::next).isInstanceOf(NoSuchElementException.class);
  }

  private List<String> walk(Path... paths) {
    List<String> found = new ArrayList<>();
    SortedWalk walk = new SortedWalk(List.of(paths));
    while (walk.hasNext()) {
      WalkEntry entry = walk.next();
      assertThat(entry.problem()).isNull();
      found.add(folder.relativize(entry.path()).toString());
    }
    return found;
  }

  private void touch(String name) throws IOException {
    Path file = folder.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, "x");
  }
}
