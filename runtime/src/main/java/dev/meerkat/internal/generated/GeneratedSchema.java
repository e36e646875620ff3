package dev.meerkat.internal.generated;

import dev.meerkat.FieldValidator;
import dev.meerkat.IndexSpec;
import dev.meerkat.Schema;
import dev.meerkat.SchemaField;
import dev.meerkat.SchemaOptions;
import dev.meerkat.ValidationError;
import java.util.ArrayList;
import java.util.List;
import org.bson.codecs.Codec;

/**
 * The part of a generated schema that is the same for every schema: its metadata, held in final
 * fields, and {@link #validate} over the generated {@code validateAt}. May change at any time.
 * Immutable and thread-safe.
 *
 * @param <T> the mapped type
 */
public abstract class GeneratedSchema<T> implements Schema<T> {
  private final Class<T> type;
  private final String modelName;
  private final String collectionName;
  private final SchemaOptions options;
  private final List<SchemaField> fields;
  private final List<IndexSpec> indexes;
  private final Codec<T> codec;
  private final FieldValidator<T> validator;

  /**
   * Called by the generated subclass's constructor; {@code validator} is its static {@code
   * validateAt}. Registers the schema with {@link Schemas}.
   */
  protected GeneratedSchema(
      Class<T> type,
      String modelName,
      String collectionName,
      SchemaOptions options,
      List<SchemaField> fields,
      List<IndexSpec> indexes,
      Codec<T> codec,
      FieldValidator<T> validator) {
    this.type = type;
    this.modelName = modelName;
    this.collectionName = collectionName;
    this.options = options;
    this.fields = fields;
    this.indexes = indexes;
    this.codec = codec;
    this.validator = validator;
    // The subclass holds no state of its own, so it can be found before its constructor returns.
    Schemas.register(this);
  }

  @Override
  public final Class<T> type() {
    return type;
  }

  @Override
  public final String modelName() {
    return modelName;
  }

  @Override
  public final String collectionName() {
    return collectionName;
  }

  @Override
  public final SchemaOptions options() {
    return options;
  }

  @Override
  public final Codec<T> codec() {
    return codec;
  }

  @Override
  public final List<SchemaField> fields() {
    return fields;
  }

  @Override
  public final List<IndexSpec> indexes() {
    return indexes;
  }

  @Override
  public final List<ValidationError> validate(T document) {
    List<ValidationError> errors = new ArrayList<>();
    validator.validate(document, "", errors);
    return List.copyOf(errors);
  }
}
