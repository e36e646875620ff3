package dev.meerkat.processor;

import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;

/** Realistic annotated sources shared by the positive tests. */
final class Fixtures {
  private Fixtures() {}

  /** The shop fixtures compiled once per test run; class initialisation makes it thread-safe. */
  private static final class Shop {
    static final Loaded LOADED =
        new Loaded(Compilations.compileAndLoad(EVERYTHING, ADDRESS, CATEGORY, PERSON, STRICT));
  }

  /**
   * The generated and compiled classes of the shop fixtures, shared by the tests that only load
   * them.
   */
  static Loaded shop() {
    return Shop.LOADED;
  }

  /**
   * A record with one field of every supported type, validators, indexes, timestamps and a model.
   */
  static final JavaFileObject EVERYTHING =
      JavaFileObjects.forSourceString(
          "shop.Everything",
          """
      package shop;

      import dev.meerkat.annotations.*;
      import dev.meerkat.annotations.Enum;
      import java.math.BigDecimal;
      import java.time.*;
      import java.util.*;
      import org.bson.Document;
      import org.bson.types.Decimal128;
      import org.bson.types.ObjectId;

      @Schema(timestamps = true, capped = @Capped(size = 4096, max = 10),
          collation = @Collation(locale = "en_US", strength = 2), autoIndex = Toggle.OFF)
      @Model
      @Index(keys = {"name:1", "a:-1"}, unique = true, name = "name_age")
      @Index(keys = "bio:text")
      @Index(keys = {"address.zip", "history.city:-1", "addresses.home.zip", "raw.k"})
      public record Everything(
          @Id ObjectId id,
          @Required @MinLength(2) @MaxLength(10) String name,
          @Field("a") @Required @Min(0) @Max(150) int age,
          @Indexed(unique = true) @Match("^[^@]+@[^@]+$") String email,
          @Enum({"admin", "user"}) String role,
          @Required boolean active, Boolean verified, @Required byte b, @Required short s, @Required char c,
          @Required long l, @Required float f, @Required double d,
          Integer boxedInt, Long boxedLong, Double boxedDouble,
          Instant instant, Date date, LocalDate localDate, LocalDateTime localDateTime,
          @Min(1) BigDecimal price, Decimal128 decimal, UUID uuid, byte[] bytes, Color color,
          List<String> tags, Set<Integer> numbers, Collection<Color> colors, List<List<String>> matrix,
          Map<String, Double> scores, Map<String, Address> addresses,
          Address address, List<Address> history, Document raw, String bio,
          @Transient String ignored,
          @Indexed(expireAfterSeconds = 3600) Instant createdAt, Instant updatedAt) {

        public enum Color { RED, GREEN }

        public static Everything sample() {
          Address paris = new Address("Paris", "75001", new Address("France", null, null));
          return new Everything(new ObjectId("65a000000000000000000001"), "Ada", 36, "ada@example.com", "admin",
              true, Boolean.FALSE, (byte) 7, (short) 300, 'x', 1L << 40, 1.5f, 2.25,
              42, 43L, 44.5,
              Instant.ofEpochMilli(1_700_000_000_123L), new Date(1_600_000_000_000L),
              LocalDate.of(2024, 2, 29), LocalDateTime.of(2024, 1, 2, 3, 4, 5),
              new BigDecimal("12.50"), Decimal128.parse("3.14"),
              UUID.fromString("123e4567-e89b-12d3-a456-426614174000"), new byte[] {1, 2, 3}, Color.GREEN,
              Arrays.asList("a", null, "b"), new LinkedHashSet<>(List.of(3, 1, 2)), List.of(Color.RED),
              List.of(List.of("x"), List.of()), Map.of("math", 9.5), Map.of("home", paris),
              paris, List.of(new Address("Rome", null, null)), new Document("k", "v").append("n", 1), "bio",
              "not stored", Instant.ofEpochMilli(1000), Instant.ofEpochMilli(2000));
        }
      }
      """);

  /** A self-referencing subdocument schema. */
  static final JavaFileObject ADDRESS =
      JavaFileObjects.forSourceString(
          "shop.Address",
          """
      package shop;

      import dev.meerkat.annotations.*;

      @Schema
      public record Address(@Required String city, @Field("postcode") String zip, Address parent) {}
      """);

  /** A recursive model with a String id. */
  static final JavaFileObject CATEGORY =
      JavaFileObjects.forSourceString(
          "shop.Category",
          """
      package shop;

      import dev.meerkat.annotations.*;
      import java.util.List;

      @Schema
      @Model
      public record Category(String id, @Indexed(unique = true) String slug, List<Category> children,
          Category parent) {}
      """);

  /** A JavaBean-style class with strict = false and an @ExtraFields Document. */
  static final JavaFileObject PERSON =
      JavaFileObjects.forSourceString(
          "shop.Person",
          """
      package shop;

      import dev.meerkat.annotations.*;
      import java.util.ArrayList;
      import java.util.List;
      import org.bson.Document;
      import org.bson.types.ObjectId;

      @Schema(strict = false, versionKey = false, timestamps = true)
      @Model("Member")
      public class Person {
        private ObjectId id;
        private String name;
        @Required private boolean admin;
        @Required public int score;
        public List<String> nicknames = new ArrayList<>();
        private java.util.Date createdAt;
        private java.util.Date updatedAt;
        @ExtraFields private Document extra;
        private transient String cache;

        public ObjectId getId() { return id; }
        public void setId(ObjectId id) { this.id = id; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public boolean isAdmin() { return admin; }
        public void setAdmin(boolean admin) { this.admin = admin; }
        public java.util.Date getCreatedAt() { return createdAt; }
        public void setCreatedAt(java.util.Date createdAt) { this.createdAt = createdAt; }
        public java.util.Date getUpdatedAt() { return updatedAt; }
        public void setUpdatedAt(java.util.Date updatedAt) { this.updatedAt = updatedAt; }
        public Document getExtra() { return extra; }
        public void setExtra(Document extra) { this.extra = extra; }
      }
      """);

  /**
   * A strict class whose extra keys are dropped, with a Map<String, Object> holder that is ignored.
   */
  static final JavaFileObject STRICT =
      JavaFileObjects.forSourceString(
          "shop.Outer",
          """
      package shop;

      import dev.meerkat.annotations.*;

      public class Outer {
        @Schema
        public static class Strict {
          public String id;
          public String name;
        }
      }
      """);
}
