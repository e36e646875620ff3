package dev.meerkat;

import java.util.function.Supplier;

/**
 * A typed path to a subdocument (a field whose type is another {@code @Schema} type). The processor
 * generates a subclass per schema with one method per field of the subdocument, so paths nest:
 * {@code UserSchema.ADDRESS.city().eq("Paris")} filters on {@code "address.city"}. Immutable and
 * thread-safe.
 *
 * <p>Generated paths pass the schema as a {@link Supplier}: a schema that embeds itself
 * ({@code Category parent}) creates its paths while its own class is still initialising, so the
 * schema instance is looked up when a value is first encoded, not when the path is created.
 *
 * @param <V> the subdocument's type
 */
public class DocumentPath<V> extends FieldPath<V> {

  /**
   * Creates a path.
   *
   * @param path the stored, dotted key of the subdocument
   * @param schema the subdocument's schema, whose codec encodes whole values for {@code eq}/{@code set}
   */
  public DocumentPath(String path, Schema<V> schema) {
    super(path, value -> dev.meerkat.internal.generated.Documents.toBsonDocument(schema.codec(), value));
  }

  /**
   * Creates a path whose schema is looked up on first use, so self-referencing and mutually
   * recursive schemas can create their paths during class initialisation.
   *
   * @param path the stored, dotted key of the subdocument
   * @param schema supplies the subdocument's schema, whose codec encodes whole values for {@code eq}/{@code set}
   */
  public DocumentPath(String path, Supplier<? extends Schema<V>> schema) {
    super(path, value -> dev.meerkat.internal.generated.Documents.toBsonDocument(schema.get().codec(), value));
  }

  /** The dotted path of a field of this subdocument, {@code "address.city"}. */
  protected final String child(String key) {
    return path() + "." + key;
  }
}
