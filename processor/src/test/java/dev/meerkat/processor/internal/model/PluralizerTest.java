package dev.meerkat.processor.internal.model;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PluralizerTest {
  @ParameterizedTest
  @CsvSource({
      "User, users", "Person, people", "Mouse, mice", "Category, categories", "Child, children",
      "Status, statuses", "Sheep, sheep", "Box, boxes", "Knife, knives", "Wolf, wolves", "Matrix, matrices",
      "Analysis, analyses", "Datum, data", "Man, men", "PageView, pageviews", "Series, series", "Bus, buses",
      "Address, addresses", "Money, money", "Day, days", "Photo, photos", "Hero, heroes"})
  void pluralisesAsMongoose(String model, String collection) {
    assertThat(Pluralizer.collectionName(model)).isEqualTo(collection);
  }
}
