package dev.meerkat;

import java.time.Instant;
import java.util.List;
import org.bson.codecs.Codec;

/**
 * A compiled schema: everything Meerkat knows about one {@code @Schema} type, produced at build
 * time by the annotation processor as {@code TSchema.INSTANCE}. Mongoose's {@code new
 * Schema({...})}.
 *
 * <p>Implementations are generated, immutable and thread-safe. Nothing in a schema reflects over
 * the user's class: the codec reads and writes fields with straight code.
 *
 * <pre>{@code
 * Model<User> users = connection.model(UserSchema.INSTANCE);
 * users.find(UserSchema.AGE.gte(18)).sort(UserSchema.NAME.asc()).list();
 * }</pre>
 *
 * @param <T> the mapped type
 */
public interface Schema<T> {

  /** The mapped Java type. */
  Class<T> type();

  /** The model name, {@code "User"} ({@code @Model("User")}, else the simple class name). */
  String modelName();

  /**
   * The collection name: {@code @Schema(collection)}, else the model name lower-cased and
   * pluralised.
   */
  String collectionName();

  /**
   * The schema-level options ({@code bufferCommands}, {@code autoCreate}, capped, collation, ...).
   */
  SchemaOptions options();

  /** The reflection-free BSON codec for {@code T}. */
  Codec<T> codec();

  /** The mapped fields, in declaration order. */
  List<SchemaField> fields();

  /** The declared indexes: {@code @Indexed} fields first, then {@code @Index} on the type. */
  List<IndexSpec> indexes();

  /**
   * Checks {@code document} against the schema's validators ({@code @Required}, {@code @Min}, ...),
   * nested documents included.
   *
   * @return every failure, with its dotted path; empty when the document is valid
   */
  List<ValidationError> validate(T document);

  /** The value of the {@code _id} field of {@code document}, or {@code null} when it has none. */
  Object idOf(T document);

  /**
   * Prepares {@code document} for an insert, as Mongoose does before it sends it: assigns a new
   * {@code _id} when it has none (an {@code ObjectId}, or its hex string for {@code String} ids)
   * and sets {@code createdAt}/{@code updatedAt} when the schema has {@code timestamps}.
   *
   * @return {@code document} itself for mutable classes, a copy for records
   */
  T prepareInsert(T document, Instant now);

  /**
   * The stored key naming each document's type when {@code T} is part of a sealed hierarchy (the
   * sealed base or one of its subtypes): {@code "__t"} unless {@code @DiscriminatorKey} says
   * otherwise. {@code null} for other schemas.
   */
  default String discriminatorKey() {
    return null;
  }

  /**
   * For a subtype of a sealed hierarchy, the value it stores under {@link #discriminatorKey()}; its
   * model reads, counts, updates and deletes only documents holding it, as a Mongoose discriminator
   * model does. {@code null} for the base and for other schemas.
   */
  default String discriminatorValue() {
    return null;
  }

  /**
   * Whether the schema has a {@code @Version} field, so {@code save} uses optimistic concurrency
   * (Mongoose's {@code optimisticConcurrency}): it matches {@code _id} and {@code __v}, increments
   * it, and fails with {@link VersionConflictException} on a stale copy.
   */
  default boolean optimisticConcurrency() {
    return false;
  }

  /**
   * The value of the {@code @Version} field of {@code document}; {@code 0} when the schema has
   * none.
   */
  default long versionOf(T document) {
    return 0;
  }

  /**
   * {@code document} with its {@code @Version} field set to {@code version}: the document itself
   * for mutable classes, a copy for records; {@code document} unchanged when the schema has no such
   * field.
   */
  default T withVersion(T document, long version) {
    return document;
  }
}
