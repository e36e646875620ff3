package dev.meerkat.processor.internal.descriptor;

import static com.google.common.truth.Truth.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Collection names as real Mongoose gives them: mongoose-collection-names.tsv was written by
 * mongoose-collection-names.js (next to it) running Mongoose from interop-tests/package-lock.json.
 */
class PluralizerTest {
  private static final String TABLE = "mongoose-collection-names.tsv";

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("mongooseTable")
  void namesCollectionsAsMongoose(String model, String collection) {
    assertThat(Pluralizer.collectionName(model)).isEqualTo(collection);
  }

  @Test
  void tableComesFromMongoose9AndCoversAtLeast200Names() throws IOException {
    List<String> lines = lines();
    assertThat(lines.get(0)).startsWith("# model\tcollection\t(mongoose 9.");
    assertThat(lines.stream().filter(line -> !line.startsWith("#")).count()).isAtLeast(200L);
  }

  /** The names the issue found different, both sides of each rule. */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "Status, status",
    "Statuses, statuses",
    "Goose, geese",
    "Mongoose, mongooses",
    "Quiz, quizzes",
    "Ox, oxen",
    "Box, boxes",
    "Leaf, leafs",
    "Wolf, wolves",
    "Hero, heros",
    "Potato, potatoes",
    "Index, indexes",
    "Matrix, matrixes",
    "Matrixes, matriceses",
    "Criterion, criterions",
    "Octopus, octopi",
    "Campus, campus",
    "User1, user1"
  })
  void issueExamples(String model, String collection) {
    assertThat(Pluralizer.collectionName(model)).isEqualTo(collection);
  }

  /**
   * JavaScript's {@code $} never matches before a final line break (checked with Mongoose 9.12.1).
   */
  @Test
  void endAnchorIsJavaScriptsEvenBeforeALineBreak() {
    assertThat(Pluralizer.collectionName("User\n")).isEqualTo("user\n");
    assertThat(Pluralizer.collectionName("Box\r\n")).isEqualTo("box\r\n");
  }

  static Stream<Arguments> mongooseTable() throws IOException {
    return lines().stream()
        .filter(line -> !line.startsWith("#"))
        .map(line -> line.split("\t", -1))
        .map(cells -> Arguments.of(cells[0], cells[1]));
  }

  private static List<String> lines() throws IOException {
    try (InputStream in = PluralizerTest.class.getResourceAsStream(TABLE)) {
      if (in == null) {
        throw new IOException(TABLE + " is missing from the test resources");
      }
      return new BufferedReader(new InputStreamReader(in, UTF_8))
          .lines()
          .filter(line -> !line.isEmpty())
          .toList();
    }
  }
}
