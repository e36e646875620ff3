package dev.meerkat;

/**
 * A typed path to a subdocument (a field whose type is another {@code @Schema} type). The processor
 * generates a subclass per schema with one method per field of the subdocument, so paths nest:
 * {@code UserSchema.ADDRESS.city().eq("Paris")} filters on {@code "address.city"}. Immutable and
 * thread-safe.
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

  /** The dotted path of a field of this subdocument, {@code "address.city"}. */
  protected final String child(String key) {
    return path() + "." + key;
  }
}
