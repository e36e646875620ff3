package dev.meerkat;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import dev.meerkat.internal.generated.QueryValues;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
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
 * <p>Elements written by {@code push}, {@code pushEach} and {@code addToSet} are validated before
 * the update is sent; their failures are named {@code path.$.key} ({@code "items.$.name"}), since
 * the index an element will get is not known on the client.
 *
 * @param <T> the document type of the schema this path belongs to
 * @param <E> the element type
 * @param <C> the collection type of the field
 */
public final class CollectionPath<T, E, C extends Collection<E>> extends FieldPath<T, C> {
  private final Function<? super E, ?> elementToBson;
  private final FieldValidator<? super E> elementValidator;

  /**
   * Creates a path.
   *
   * @param path the stored, dotted key
   * @param elementToBson turns one element into what the driver encodes for it
   * @param validator checks a whole collection value ({@code set})
   * @param elementValidator checks one element ({@code push}, {@code addToSet})
   */
  public CollectionPath(
      String path,
      Function<? super E, ?> elementToBson,
      FieldValidator<? super C> validator,
      FieldValidator<? super E> elementValidator) {
    super(
        path,
        values -> values.stream().map(e -> e == null ? null : elementToBson.apply(e)).toList(),
        validator);
    this.elementToBson = elementToBson;
    this.elementValidator = elementValidator;
  }

  /** Creates a path whose values are not validated. */
  public CollectionPath(String path, Function<? super E, ?> elementToBson) {
    this(path, elementToBson, FieldValidator.none(), FieldValidator.none());
  }

  /** Creates a path whose elements the driver encodes as they are and that are not validated. */
  public CollectionPath(String path) {
    this(path, Function.identity());
  }

  private Object element(E value) {
    return value == null ? null : elementToBson.apply(value);
  }

  private Update<T> checkedElements(Bson update, List<? extends E> elements) {
    String elementPath = path() + ".$";
    return new CheckedUpdate<>(
        update,
        errors -> {
          for (E element : elements) {
            elementValidator.validate(element, elementPath, errors);
          }
        });
  }

  /**
   * {@code { path: element }}: the array contains {@code element}.
   *
   * @throws MeerkatException when {@code element} is a map or document with a key that starts with
   *     {@code $}, which MongoDB would read as a query operator rather than a value
   */
  public Filter<T> contains(E element) {
    return filter(Filters.eq(path(), QueryValues.notOperator(path(), element(element))));
  }

  /**
   * {@code { path: { $all: [elements] } }}.
   *
   * @throws MeerkatException when an element is a map or document with a key that starts with
   *     {@code $} ({@code $all} reads {@code {$elemMatch: ...}} as an operator)
   */
  public Filter<T> containsAll(Collection<? extends E> elements) {
    return filter(
        Filters.all(
            path(),
            elements.stream()
                .map(element -> QueryValues.notOperator(path(), element(element)))
                .toList()));
  }

  /** {@code { path: { $size: size } }}. */
  public Filter<T> size(int size) {
    return filter(Filters.size(path(), size));
  }

  /** {@code { $push: { path: element } }}. */
  public Update<T> push(E element) {
    return checkedElements(
        Updates.push(path(), element(element)), Collections.singletonList(element));
  }

  /** {@code { $push: { path: { $each: [elements] } } }}. */
  public Update<T> pushEach(List<? extends E> elements) {
    return checkedElements(
        Updates.pushEach(path(), elements.stream().map(this::element).toList()),
        new ArrayList<E>(elements));
  }

  /** {@code { $addToSet: { path: element } }}. */
  public Update<T> addToSet(E element) {
    return checkedElements(
        Updates.addToSet(path(), element(element)), Collections.singletonList(element));
  }

  /** {@code { $pull: { path: element } }}. */
  public Update<T> pull(E element) {
    return update(Updates.pull(path(), element(element)));
  }
}
