package dev.meerkat.internal.model;

import dev.meerkat.Connection;
import dev.meerkat.Schema;
import dev.meerkat.SchemaField;
import dev.meerkat.Setting;
import dev.meerkat.Update;
import dev.meerkat.ValidationError;
import dev.meerkat.ValidationException;
import dev.meerkat.internal.connection.DefaultConnection;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.bson.codecs.configuration.CodecRegistry;
import org.bson.conversions.Bson;

/**
 * What a model does to a write before it is sent: validation, {@code _id} and timestamps on the
 * client, the {@code @Version} start, update validators and the update's timestamps, and the {@link
 * SafeInsert} of new documents. Thread-safe: it holds no mutable state.
 *
 * @param <T> the mapped type
 */
final class WritePreparation<T> {
  private final Connection connection;
  private final Schema<T> schema;
  private final String collectionName;
  private final String updatedAtKey;
  private final String createdAtKey;

  /** The schema's {@code @Id} field, or null when it has none. */
  private final SchemaField idField;

  WritePreparation(Connection connection, Schema<T> schema, String collectionName) {
    this.connection = connection;
    this.schema = schema;
    this.collectionName = collectionName;
    this.updatedAtKey = schema.options().timestamps() ? keyOf(schema, "updatedAt") : null;
    this.createdAtKey = schema.options().timestamps() ? keyOf(schema, "createdAt") : null;
    this.idField = ModelScope.idField(schema);
  }

  /**
   * Validates, then assigns {@code _id} and timestamps. @throws ValidationException listing every
   * failure
   */
  T prepareInsert(T document) {
    Objects.requireNonNull(document, "document == null");
    List<ValidationError> errors = schema.validate(document);
    if (!errors.isEmpty()) {
      throw new ValidationException(schema.modelName(), errors);
    }
    return schema.prepareInsert(document, now());
  }

  /**
   * {@link #prepareInsert} for a new document: a {@code @Version} field starts at 0, and the
   * document must have an {@code _id} (Meerkat generates only ObjectId and String ids; left to the
   * driver, another type's field would stay null and read back as a cast failure).
   *
   * @throws ValidationException when the id is still null
   */
  T prepareCreate(T document) {
    T prepared = prepareInsert(document);
    if (idField != null && schema.idOf(prepared) == null) {
      String type = idField.javaType().substring(idField.javaType().lastIndexOf('.') + 1);
      throw new ValidationException(
          schema.modelName(),
          List.of(
              new ValidationError(
                  "_id",
                  "Path `_id` is required: set the "
                      + type
                      + " id of the "
                      + schema.modelName()
                      + " before inserting it (Meerkat generates ObjectId and String ids only,"
                      + " and none with @Schema(id = false)).")));
    }
    return schema.optimisticConcurrency() ? schema.withVersion(prepared, 0) : prepared;
  }

  /** Validates every document first, so an invalid one anywhere means nothing is written. */
  List<T> prepareAll(List<T> documents) {
    List<T> prepared = new ArrayList<>(documents.size());
    for (T document : documents) {
      prepared.add(prepareCreate(document));
    }
    return prepared;
  }

  /**
   * Checks a typed update's values against their fields' validators (unless update validators are
   * off), then adds the timestamps.
   *
   * @throws ValidationException naming every failing path; nothing is sent
   */
  Bson prepareUpdate(Update<T> update, boolean upsert) {
    Objects.requireNonNull(update, "update == null");
    if (runValidators()) {
      List<ValidationError> errors = update.validate();
      if (!errors.isEmpty()) {
        throw new ValidationException(schema.modelName(), errors);
      }
    }
    return touch(update, upsert);
  }

  /** The schema's {@code updateValidators}, else the global {@code RUN_VALIDATORS} setting. */
  private boolean runValidators() {
    Boolean own = schema.options().updateValidators();
    if (own != null) {
      return own;
    }
    return connection instanceof DefaultConnection owner
        ? owner.settings().flag(null, null, Setting.RUN_VALIDATORS)
        : (Boolean) Setting.RUN_VALIDATORS.defaultValue();
  }

  /**
   * A bulk write's update: validated like any typed update when it is one (raw ones are not), then
   * stamped with the timestamps.
   */
  @SuppressWarnings("unchecked")
  Bson prepareBulkUpdate(Bson update, boolean upsert) {
    return update instanceof Update<?> typed
        ? prepareUpdate((Update<T>) typed, upsert)
        : touch(update, upsert);
  }

  /**
   * A bulk write's pipeline update with the timestamps ({@link StampedPipeline}), taken now and
   * rendered when the bulk runs, with the collection's codec registry.
   */
  Function<CodecRegistry, List<Bson>> prepareBulkPipeline(
      List<? extends Bson> pipeline, boolean upsert) {
    List<? extends Bson> stages = List.copyOf(Objects.requireNonNull(pipeline, "pipeline == null"));
    if (updatedAtKey == null) {
      return registry -> List.copyOf(stages);
    }
    Instant now = now();
    String createdAt = upsert ? createdAtKey : null;
    return registry -> StampedPipeline.stamp(stages, registry, updatedAtKey, createdAt, now);
  }

  /**
   * Adds {@code updatedAt} to an update when the schema has timestamps, and {@code createdAt}
   * through {@code $setOnInsert} when it may insert (an upsert), as Mongoose does; a key the update
   * names itself keeps the caller's value (see {@link StampedUpdate}).
   */
  private Bson touch(Bson update, boolean upsert) {
    if (updatedAtKey == null) {
      return update;
    }
    return new StampedUpdate(update, updatedAtKey, upsert ? createdAtKey : null, now());
  }

  /**
   * The time for timestamps, at the millisecond precision a BSON date keeps, so what is returned is
   * what is stored.
   */
  private static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MILLIS);
  }

  /**
   * Validates and prepares a new document ({@link #prepareCreate}) and returns its insert, which
   * knows whether it generated the {@code _id}. That is decided before preparing: preparing a
   * mutable class sets its id in place.
   */
  SafeInsert<T> createInsert(T document) {
    boolean generated = schema.idOf(Objects.requireNonNull(document, "document == null")) == null;
    return SafeInsert.one(collectionName, schema, prepareCreate(document), generated);
  }

  /**
   * {@link #createInsert} for a batch, all validated before anything is sent; null for an empty
   * batch.
   */
  SafeInsert<T> createInserts(List<T> documents) {
    boolean[] generated = new boolean[documents.size()];
    for (int i = 0; i < generated.length; i++) {
      T document = Objects.requireNonNull(documents.get(i), "document == null");
      generated[i] = schema.idOf(document) == null;
    }
    List<T> prepared = prepareAll(documents);
    return prepared.isEmpty() ? null : SafeInsert.many(collectionName, schema, prepared, generated);
  }

  private static String keyOf(Schema<?> schema, String fieldName) {
    for (SchemaField field : schema.fields()) {
      if (field.name().equals(fieldName)) {
        return field.key();
      }
    }
    return fieldName;
  }
}
