package dev.meerkat;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import dev.meerkat.internal.generated.QueryValues;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.bson.conversions.Bson;

/**
 * A typed path to one stored field of the schema of {@code T}, generated as a constant on each
 * schema ({@code UserSchema.NAME}). Builds {@link Filter}, {@link Sort} and {@link Update} values
 * bound to {@code T} that only accept values of the field's type, so a path of one schema cannot
 * filter the model of another. Immutable and thread-safe.
 *
 * <pre>{@code
 * users.find(UserSchema.NAME.eq("Ada")).sort(UserSchema.AGE.desc()).list();
 * users.updateOne(UserSchema.ID.eq(id), UserSchema.NAME.set("Grace"));
 * }</pre>
 *
 * @param <T> the document type of the schema this path belongs to (the top-level one for nested
 *     paths)
 * @param <V> the field's Java type
 */
public class FieldPath<T, V> {
  private final String path;
  private final Function<? super V, ?> toBson;
  private final FieldValidator<? super V> validator;

  /**
   * Creates a path.
   *
   * @param path the stored, dotted key ({@code "address.city"})
   * @param toBson turns a Java value into what the driver encodes for it (enum names, subdocuments)
   * @param validator checks a value against the field's validators before an update is sent
   */
  public FieldPath(
      String path, Function<? super V, ?> toBson, FieldValidator<? super V> validator) {
    this.path = Objects.requireNonNull(path, "path == null");
    this.toBson = Objects.requireNonNull(toBson, "toBson == null");
    this.validator = Objects.requireNonNull(validator, "validator == null");
  }

  /** Creates a path whose values are not validated. */
  public FieldPath(String path, Function<? super V, ?> toBson) {
    this(path, toBson, FieldValidator.none());
  }

  /** Creates a path whose values the driver encodes as they are and that are not validated. */
  public FieldPath(String path) {
    this(path, Function.identity());
  }

  /** The stored, dotted key. */
  public final String path() {
    return path;
  }

  /**
   * Checks {@code value} against the field's validators ({@code @Required}, {@code @Min}, ...), as
   * typed updates do before they are sent.
   *
   * @return every failure, naming this path; empty when the value is valid
   */
  public final List<ValidationError> validate(V value) {
    List<ValidationError> errors = new ArrayList<>();
    validator.validate(value, path, errors);
    return List.copyOf(errors);
  }

  /** The validator of this path's values. */
  protected final FieldValidator<? super V> validator() {
    return validator;
  }

  /** The value as the driver should see it; {@code null} stays {@code null}. */
  protected final Object bsonValue(V value) {
    return value == null ? null : toBson.apply(value);
  }

  /** The values as the driver should see them. */
  protected final List<Object> bsonValues(Collection<? extends V> values) {
    List<Object> out = new ArrayList<>(values.size());
    for (V v : values) {
      out.add(bsonValue(v));
    }
    return out;
  }

  /** Binds a driver filter built on this path to the schema. */
  protected final Filter<T> filter(Bson filter) {
    return new SchemaBson<>(filter);
  }

  /** Binds a driver update built on this path to the schema; its values are not validated. */
  protected final Update<T> update(Bson update) {
    return new SchemaBson<>(update);
  }

  /** Binds a driver update that writes {@code value} to this path, validated before it is sent. */
  protected final Update<T> checkedUpdate(Bson update, V value) {
    return new CheckedUpdate<>(update, errors -> validator.validate(value, path, errors));
  }

  /**
   * {@code { path: value }}.
   *
   * @throws MeerkatException when {@code value} is a map or document with a key that starts with
   *     {@code $}, which MongoDB would read as a query operator rather than a value
   */
  public Filter<T> eq(V value) {
    return filter(Filters.eq(path, QueryValues.notOperator(path, bsonValue(value))));
  }

  /** {@code { path: { $ne: value } }}. */
  public Filter<T> ne(V value) {
    return filter(Filters.ne(path, bsonValue(value)));
  }

  /** {@code { path: { $in: [values] } }}. */
  @SafeVarargs
  public final Filter<T> in(V... values) {
    List<Object> out = new ArrayList<>(values.length);
    for (V v : values) {
      out.add(bsonValue(v));
    }
    return filter(Filters.in(path, out));
  }

  /** {@code { path: { $in: [values] } }}. */
  public Filter<T> in(Collection<? extends V> values) {
    return filter(Filters.in(path, bsonValues(values)));
  }

  /** {@code { path: { $nin: [values] } }}. */
  public Filter<T> nin(Collection<? extends V> values) {
    return filter(Filters.nin(path, bsonValues(values)));
  }

  /** {@code { path: { $gt: value } }}. */
  public Filter<T> gt(V value) {
    return filter(Filters.gt(path, bsonValue(value)));
  }

  /** {@code { path: { $gte: value } }}. */
  public Filter<T> gte(V value) {
    return filter(Filters.gte(path, bsonValue(value)));
  }

  /** {@code { path: { $lt: value } }}. */
  public Filter<T> lt(V value) {
    return filter(Filters.lt(path, bsonValue(value)));
  }

  /** {@code { path: { $lte: value } }}. */
  public Filter<T> lte(V value) {
    return filter(Filters.lte(path, bsonValue(value)));
  }

  /** {@code { path: { $exists: true } }}. */
  public Filter<T> exists() {
    return filter(Filters.exists(path));
  }

  /** {@code { path: { $exists: exists } }}. */
  public Filter<T> exists(boolean exists) {
    return filter(Filters.exists(path, exists));
  }

  /** Ascending sort on this path. */
  public Sort<T> asc() {
    return new SchemaBson<>(Sorts.ascending(path));
  }

  /** Descending sort on this path. */
  public Sort<T> desc() {
    return new SchemaBson<>(Sorts.descending(path));
  }

  /** {@code { $set: { path: value } }}; {@code value} is validated before the update is sent. */
  public Update<T> set(V value) {
    return checkedUpdate(Updates.set(path, bsonValue(value)), value);
  }

  /**
   * {@code { $unset: { path: "" } }}; rejected before it is sent when the field is
   * {@code @Required}.
   */
  public Update<T> unset() {
    return checkedUpdate(Updates.unset(path), null);
  }

  /**
   * {@code { $setOnInsert: { path: value } }}; {@code value} is validated before the update is
   * sent.
   */
  public Update<T> setOnInsert(V value) {
    return checkedUpdate(Updates.setOnInsert(path, bsonValue(value)), value);
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "(" + path + ")";
  }
}
