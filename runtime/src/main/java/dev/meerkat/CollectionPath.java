package dev.meerkat;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.bson.conversions.Bson;

/**
 * A typed path to a {@code List} or {@code Set} field; adds the array operators. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * users.find(UserSchema.TAGS.contains("admin")).list();
 * users.updateOne(UserSchema.ID.eq(id), UserSchema.TAGS.push("new"));
 * }</pre>
 *
 * @param <E> the element type
 * @param <C> the collection type of the field
 */
public final class CollectionPath<E, C extends Collection<E>> extends FieldPath<C> {
  private final Function<? super E, ?> elementToBson;

  /**
   * Creates a path.
   *
   * @param path the stored, dotted key
   * @param elementToBson turns one element into what the driver encodes for it
   */
  public CollectionPath(String path, Function<? super E, ?> elementToBson) {
    super(path, values -> values.stream().map(e -> e == null ? null : elementToBson.apply(e)).toList());
    this.elementToBson = elementToBson;
  }

  /** Creates a path whose elements the driver encodes as they are. */
  public CollectionPath(String path) {
    this(path, Function.identity());
  }

  private Object element(E value) {
    return value == null ? null : elementToBson.apply(value);
  }

  /** {@code { path: element }}: the array contains {@code element}. */
  public Bson contains(E element) {
    return Filters.eq(path(), element(element));
  }

  /** {@code { path: { $all: [elements] } }}. */
  public Bson containsAll(Collection<? extends E> elements) {
    return Filters.all(path(), elements.stream().map(this::element).toList());
  }

  /** {@code { path: { $size: size } }}. */
  public Bson size(int size) {
    return Filters.size(path(), size);
  }

  /** {@code { $push: { path: element } }}. */
  public Bson push(E element) {
    return Updates.push(path(), element(element));
  }

  /** {@code { $push: { path: { $each: [elements] } } }}. */
  public Bson pushEach(List<? extends E> elements) {
    return Updates.pushEach(path(), elements.stream().map(this::element).toList());
  }

  /** {@code { $addToSet: { path: element } }}. */
  public Bson addToSet(E element) {
    return Updates.addToSet(path(), element(element));
  }

  /** {@code { $pull: { path: element } }}. */
  public Bson pull(E element) {
    return Updates.pull(path(), element(element));
  }
}
