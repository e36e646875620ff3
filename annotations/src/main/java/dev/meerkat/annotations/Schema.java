package dev.meerkat.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a mapped type: Mongoose's {@code new Schema({...}, options)}. The processor generates
 * {@code TSchema} (a {@code dev.meerkat.Schema<T>} with a reflection-free codec, typed field paths,
 * metadata and validation) next to the annotated record or class.
 *
 * <pre>{@code
 * @Schema(timestamps = true)
 * public record User(@Id ObjectId id, @Required String name, int age,
 *                    Instant createdAt, Instant updatedAt) {}
 * }</pre>
 *
 * <p>Records and classes with a non-private no-arg constructor and getters/setters (or non-private
 * fields) are supported. The id is the {@link Id @Id} field, else a field named {@code id}; a
 * schema without either (a subdocument) has no Java id.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Schema {
  /**
   * The collection name; by default the model name lower-cased and pluralised ({@code User} ->
   * {@code users}).
   */
  String collection() default "";

  /** Mongoose's {@code bufferCommands}: whether operations wait for the connection to open. */
  Toggle bufferCommands() default Toggle.INHERIT;

  /** Mongoose's {@code autoCreate}: whether the collection is created before first use. */
  Toggle autoCreate() default Toggle.INHERIT;

  /**
   * Mongoose's {@code autoIndex}: whether declared indexes are built when the model initialises.
   */
  Toggle autoIndex() default Toggle.INHERIT;

  /** Mongoose's {@code capped}; not capped by default. */
  Capped capped() default @Capped;

  /** Mongoose's {@code collation}; none by default. */
  Collation collation() default @Collation;

  /**
   * Mongoose's {@code timestamps}: manage {@code createdAt}/{@code updatedAt} (fields of type
   * Instant or Date).
   */
  boolean timestamps() default false;

  /**
   * Mongoose's {@code versionKey}: write {@code __v} on every top-level document (never inside
   * subdocuments).
   */
  boolean versionKey() default true;

  /**
   * Mongoose's {@code strict}: {@code true} drops keys the schema does not declare when reading;
   * {@code false} keeps them in the {@link ExtraFields @ExtraFields} field and writes them back.
   */
  boolean strict() default true;

  /**
   * Mongoose's {@code runValidators} for updates: whether the values of typed updates ({@code set},
   * {@code setOnInsert}, {@code unset}, {@code push}, {@code addToSet}, {@code min}, {@code max})
   * are checked against the field's validators before the update is sent. {@code INHERIT} uses the
   * global {@code Setting.RUN_VALIDATORS} (on by default).
   */
  Toggle updateValidators() default Toggle.INHERIT;

  /**
   * Mongoose's {@code _id} option: whether a document of this type that has no id gets one
   * generated on the client (an {@code ObjectId}, or its hex string for a {@code String} id) when
   * it is created or saved, also where it is embedded in another document, as Mongoose gives every
   * subdocument an {@code _id}. A stored {@code _id} is always kept. {@code @Schema(id = false)} is
   * Mongoose's {@code _id: false}: embedded documents of this type get no generated {@code _id}.
   * Only a type with an id field ({@link Id @Id}, or a field named {@code id}) has somewhere to
   * keep one; a type without keeps a stored {@code _id} in its {@link ExtraFields @ExtraFields}
   * holder when it has one.
   */
  boolean id() default true;
}
