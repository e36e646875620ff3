package dev.meerkat.processor;

import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;

/**
 * Annotated sources using the types added for issue 9: Optional, offset/zoned times, keyed maps,
 * inheritance.
 */
final class TypeFixtures {
  private TypeFixtures() {}

  private static final class Compiled {
    static final Loaded LOADED =
        new Loaded(Compilations.compileAndLoad(PROFILE, NOTE, AUDITED, ENTITY, TAG));
  }

  /** The compiled fixtures, shared by the tests. */
  static Loaded loaded() {
    return Compiled.LOADED;
  }

  /**
   * A record with Optional fields, offset and zoned times, and maps keyed by enum, UUID and
   * ObjectId.
   */
  static final JavaFileObject PROFILE =
      JavaFileObjects.forSourceString(
          "types.Profile",
          """
      package types;

      import dev.meerkat.annotations.*;
      import java.time.*;
      import java.util.*;
      import org.bson.types.ObjectId;

      @Schema
      @Model
      public record Profile(
          @Id ObjectId id,
          @MinLength(3) Optional<String> nick,
          Optional<Integer> age,
          Optional<Tier> tier,
          Optional<Tag> badge,
          Optional<List<String>> aliases,
          @Indexed(unique = true, sparse = true) Optional<String> email,
          OffsetDateTime seenAt,
          ZonedDateTime bornAt,
          Map<Tier, Integer> quota,
          Map<UUID, String> devices,
          Map<ObjectId, Tag> tagsById) {

        public enum Tier { FREE, GOLD }

        public static Profile empty(ObjectId id) {
          return new Profile(id, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
              Optional.empty(), Optional.empty(), null, null, null, null, null);
        }
      }
      """);

  /** A subdocument. */
  static final JavaFileObject TAG =
      JavaFileObjects.forSourceString(
          "types.Tag",
          """
      package types;

      import dev.meerkat.annotations.*;

      @Schema
      public record Tag(@Required @MinLength(2) String label) {}
      """);

  /**
   * A JavaBean class with an Optional field and no initialiser, and a field inherited from its own
   * package.
   */
  static final JavaFileObject NOTE =
      JavaFileObjects.forSourceString(
          "types.Note",
          """
      package types;

      import dev.meerkat.annotations.*;
      import java.util.Optional;
      import org.bson.types.ObjectId;

      @Schema
      @Model
      public class Note extends Audited {
        @Id public ObjectId id;
        public String text;
        private Optional<String> title;

        public Optional<String> getTitle() { return title; }
        public void setTitle(Optional<String> title) { this.title = title; }
      }
      """);

  /**
   * A superclass in the same package: one package-private field, one reached through getter and
   * setter.
   */
  static final JavaFileObject AUDITED =
      JavaFileObjects.forSourceString(
          "types.Audited",
          """
      package types;

      public abstract class Audited extends base.Entity {
        String author;
      }
      """);

  /** A superclass in another package, reached through public accessors only. */
  static final JavaFileObject ENTITY =
      JavaFileObjects.forSourceString(
          "base.Entity",
          """
      package base;

      public class Entity {
        @dev.meerkat.annotations.Required private int revision;
        public transient String cache;

        public int getRevision() { return revision; }
        public void setRevision(int revision) { this.revision = revision; }
      }
      """);
}
