package dev.meerkat;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.bson.conversions.Bson;

/**
 * A typed path to one stored field, generated as a constant on each schema
 * ({@code UserSchema.NAME}). Builds driver {@link Bson} filters, sorts and updates that only accept
 * values of the field's type. Immutable and thread-safe.
 *
 * <pre>{@code
 * users.find(UserSchema.NAME.eq("Ada")).sort(UserSchema.AGE.desc()).list();
 * users.updateOne(UserSchema.ID.eq(id), UserSchema.NAME.set("Grace"));
 * }</pre>
 *
 * @param <V> the field's Java type
 */
public class FieldPath<V> {
  private final String path;
  private final Function<? super V, ?> toBson;

  /**
   * Creates a path.
   *
   * @param path the stored, dotted key ({@code "address.city"})
   * @param toBson turns a Java value into what the driver encodes for it (enum names, subdocuments)
   */
  public FieldPath(String path, Function<? super V, ?> toBson) {
    this.path = Objects.requireNonNull(path, "path == null");
    this.toBson = Objects.requireNonNull(toBson, "toBson == null");
  }

  /** Creates a path whose values the driver encodes as they are. */
  public FieldPath(String path) {
    this(path, Function.identity());
  }

  /** The stored, dotted key. */
  public final String path() {
    return path;
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

  /** {@code { path: value }}. */
  public Bson eq(V value) {
    return Filters.eq(path, bsonValue(value));
  }

  /** {@code { path: { $ne: value } }}. */
  public Bson ne(V value) {
    return Filters.ne(path, bsonValue(value));
  }

  /** {@code { path: { $in: [values] } }}. */
  @SafeVarargs
  public final Bson in(V... values) {
    List<Object> out = new ArrayList<>(values.length);
    for (V v : values) {
      out.add(bsonValue(v));
    }
    return Filters.in(path, out);
  }

  /** {@code { path: { $in: [values] } }}. */
  public Bson in(Collection<? extends V> values) {
    return Filters.in(path, bsonValues(values));
  }

  /** {@code { path: { $nin: [values] } }}. */
  public Bson nin(Collection<? extends V> values) {
    return Filters.nin(path, bsonValues(values));
  }

  /** {@code { path: { $gt: value } }}. */
  public Bson gt(V value) {
    return Filters.gt(path, bsonValue(value));
  }

  /** {@code { path: { $gte: value } }}. */
  public Bson gte(V value) {
    return Filters.gte(path, bsonValue(value));
  }

  /** {@code { path: { $lt: value } }}. */
  public Bson lt(V value) {
    return Filters.lt(path, bsonValue(value));
  }

  /** {@code { path: { $lte: value } }}. */
  public Bson lte(V value) {
    return Filters.lte(path, bsonValue(value));
  }

  /** {@code { path: { $exists: true } }}. */
  public Bson exists() {
    return Filters.exists(path);
  }

  /** {@code { path: { $exists: exists } }}. */
  public Bson exists(boolean exists) {
    return Filters.exists(path, exists);
  }

  /** Ascending sort on this path. */
  public Bson asc() {
    return Sorts.ascending(path);
  }

  /** Descending sort on this path. */
  public Bson desc() {
    return Sorts.descending(path);
  }

  /** {@code { $set: { path: value } }}. */
  public Bson set(V value) {
    return Updates.set(path, bsonValue(value));
  }

  /** {@code { $unset: { path: "" } }}. */
  public Bson unset() {
    return Updates.unset(path);
  }

  /** {@code { $setOnInsert: { path: value } }}. */
  public Bson setOnInsert(V value) {
    return Updates.setOnInsert(path, bsonValue(value));
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "(" + path + ")";
  }
}
