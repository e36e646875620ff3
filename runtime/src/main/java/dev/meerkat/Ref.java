package dev.meerkat;

import dev.meerkat.internal.generated.Refs;
import java.util.Objects;
import java.util.Optional;

/**
 * A reference to a document of another {@code @Schema} type, stored as that document's {@code _id}
 * only: Mongoose's {@code { type: ObjectId, ref: 'User' }}. Decoded references hold just the id;
 * {@code query.populate(PostSchema.AUTHOR)} loads the documents they point to, after which {@link
 * #value()} returns them. A target that no longer exists leaves {@link #value()} empty and {@link
 * #isPopulated()} false, with {@link #id()} still the stored id; in a list such a reference keeps
 * its place (Mongoose would drop it). Thread-safe: the populated value is published safely.
 *
 * <pre>{@code
 * Post post = posts.create(new Post(null, "Hello", Ref.of(ada)));
 * Post loaded = posts.find(PostSchema.TITLE.eq("Hello")).populate(PostSchema.AUTHOR).first().orElseThrow();
 * String name = loaded.author().value().map(User::name).orElse("deleted");
 * }</pre>
 *
 * <p>Two references are equal when their ids are equal, populated or not.
 *
 * @param <T> the referenced {@code @Schema} type
 */
public final class Ref<T> {
  static {
    Refs.installFiller(Ref::fill);
  }

  private volatile Object id;
  private volatile T value;

  private Ref(Object id, T value) {
    this.id = id;
    this.value = value;
  }

  /**
   * A reference to the document whose {@code _id} is {@code id}, not populated.
   *
   * @throws NullPointerException if {@code id} is null
   */
  public static <T> Ref<T> to(Object id) {
    return new Ref<>(Objects.requireNonNull(id, "id == null"), null);
  }

  /**
   * A reference to {@code document}, populated with it. Its id is read through the document's
   * generated schema when first needed, so the document must have an {@code _id} by then (as
   * documents returned by {@code create} have).
   *
   * @throws NullPointerException if {@code document} is null
   */
  public static <T> Ref<T> of(T document) {
    return new Ref<>(null, Objects.requireNonNull(document, "document == null"));
  }

  /**
   * The referenced document's {@code _id}.
   *
   * @throws IllegalStateException if this reference was made with {@link #of} from a document
   *     without an {@code _id}
   */
  public Object id() {
    Object known = id;
    if (known == null) {
      known = Refs.idOfDocument(value);
      id = known;
    }
    return known;
  }

  /** Whether the referenced document is loaded: made with {@link #of}, or found by populate. */
  public boolean isPopulated() {
    return value != null;
  }

  /**
   * The referenced document when populated; empty when not populated or when it no longer exists.
   */
  public Optional<T> value() {
    return Optional.ofNullable(value);
  }

  private void fill(Object document) {
    @SuppressWarnings("unchecked")
    T typed = (T) document;
    value = typed;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Ref<?> ref && Refs.sameId(id(), ref.id());
  }

  @Override
  public int hashCode() {
    return Refs.idKey(id()).hashCode();
  }

  @Override
  public String toString() {
    return "Ref(" + id() + (isPopulated() ? ", populated" : "") + ")";
  }
}
