package dev.meerkat;

import dev.meerkat.internal.generated.Documents;
import java.util.function.Supplier;

/**
 * A typed path to a subdocument (a field whose type is another {@code @Schema} type). The processor
 * generates a subclass per schema with one method per field of the subdocument, so paths nest and
 * stay bound to the top-level schema: {@code UserSchema.ADDRESS.city()} is a {@code
 * StringPath<User>} on {@code "address.city"}. Immutable and thread-safe.
 *
 * <p>Generated paths pass the schema as a {@link Supplier}: a schema that embeds itself ({@code
 * Category parent}) creates its paths while its own class is still initialising, so the schema
 * instance is looked up when a value is first encoded, not when the path is created.
 *
 * @param <T> the document type of the top-level schema this path belongs to
 * @param <V> the subdocument's type
 */
public class DocumentPath<T, V> extends FieldPath<T, V> {
  private final boolean root;

  /**
   * Creates a path.
   *
   * @param path the stored, dotted key of the subdocument
   * @param schema the subdocument's schema, whose codec encodes whole values for {@code eq}/{@code
   *     set}
   */
  public DocumentPath(String path, Schema<V> schema) {
    super(path, value -> Documents.toBsonDocument(schema.codec(), value));
    this.root = false;
  }

  /**
   * Creates a path whose schema is looked up on first use, so self-referencing and mutually
   * recursive schemas can create their paths during class initialisation.
   *
   * @param path the stored, dotted key of the subdocument
   * @param schema supplies the subdocument's schema, whose codec encodes whole values for {@code
   *     eq}/{@code set}
   * @param validator checks a whole subdocument value ({@code set}) before an update is sent
   */
  public DocumentPath(
      String path, Supplier<? extends Schema<V>> schema, FieldValidator<? super V> validator) {
    super(path, value -> Documents.toBsonDocument(schema.get().codec(), value), validator);
    this.root = false;
  }

  /**
   * Creates a path whose schema is looked up on first use and whose values are not validated.
   *
   * @param path the stored, dotted key of the subdocument
   * @param schema supplies the subdocument's schema
   */
  public DocumentPath(String path, Supplier<? extends Schema<V>> schema) {
    this(path, schema, FieldValidator.none());
  }

  /**
   * Creates the root of a schema's paths: not a path to a stored value itself, but the paths of its
   * fields are their keys alone. A generated schema builds its field constants ({@code
   * UserSchema.NAME}) from one, with the same methods that give the paths of a subdocument.
   *
   * @param schema supplies the schema
   */
  protected DocumentPath(Supplier<? extends Schema<V>> schema) {
    super("", value -> Documents.toBsonDocument(schema.get().codec(), value));
    this.root = true;
  }

  /**
   * The dotted path of a field of this subdocument, {@code "address.city"}; the key alone at a
   * schema's root.
   */
  protected final String child(String key) {
    return root ? key : path() + "." + key;
  }
}
