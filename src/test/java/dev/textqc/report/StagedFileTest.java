package dev.textqc.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagedFileTest {
  @TempDir
  Path dir;

  private List<Path> files() throws Exception {
    try (Stream<Path> s = Files.list(dir.resolve("out"))) {
      return s.toList();
    }
  }

  @Test
  void aCommittedFileTakesTheTargetsPlaceAndLeavesNoTemporaryFile() throws Exception {
    Path target = dir.resolve("out/clean.txt");
    StagedFile.write(target, "old");
    try (StagedFile f = StagedFile.open(target)) {
      f.writer().write("new text");
      f.commit();
    }
    assertEquals("new text", Files.readString(target));
    assertEquals(List.of(target), files());
  }

  @Test
  void anUncommittedFileLeavesTheTargetAsItWas() throws Exception {
    Path target = dir.resolve("out/clean.txt");
    StagedFile.write(target, "whole");
    try (StagedFile f = StagedFile.open(target)) {
      f.writer().write("half");
    }
    assertEquals("whole", Files.readString(target));
    assertEquals(List.of(target), files());
    Path absent = dir.resolve("out/never.txt");
    try (StagedFile f = StagedFile.open(absent)) {
      f.writer().write("half");
    }
    assertFalse(Files.exists(absent));
    assertEquals(List.of(target), files());
  }
}
