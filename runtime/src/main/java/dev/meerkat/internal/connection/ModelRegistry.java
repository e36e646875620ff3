package dev.meerkat.internal.connection;

import dev.meerkat.MissingSchemaException;
import dev.meerkat.Model;
import dev.meerkat.OverwriteModelException;
import dev.meerkat.Schema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * The models of one connection by name, in registration order (Mongoose's {@code
 * connection.models}). {@link #lock} guards the map; registering the same schema again returns the
 * entry already there.
 */
final class ModelRegistry {
  private final ReentrantLock lock = new ReentrantLock();
  private final Map<String, ModelEntry<?>> entries = new LinkedHashMap<>();

  /**
   * The entry for {@code schema}: the registered one when it has the same schema and collection,
   * else a new one made by {@code create} (replacing the old one only when {@code overwrite}).
   *
   * @return the entry, and whether it is new (a {@code MODEL} event is due)
   */
  @SuppressWarnings(
      "unchecked") // an entry found under the schema's name with the same schema has its type
  <T> Registered<T> register(
      Schema<T> schema,
      String collection,
      boolean overwrite,
      Function<ModelEntry<T>, Model<T>> create) {
    String name = Objects.requireNonNull(schema.modelName(), "schema.modelName() == null");
    lock.lock();
    try {
      ModelEntry<?> existing = entries.get(name);
      if (existing != null
          && existing.schema.equals(schema)
          && existing.collectionName.equals(collection)) {
        return new Registered<>((ModelEntry<T>) existing, false);
      }
      if (existing != null && !overwrite) {
        throw new OverwriteModelException(name);
      }
      ModelEntry<T> entry = new ModelEntry<>(schema, collection);
      entry.model(create.apply(entry));
      entries.put(name, entry);
      return new Registered<>(entry, true);
    } finally {
      lock.unlock();
    }
  }

  Model<?> get(String name) {
    Objects.requireNonNull(name, "name == null");
    lock.lock();
    try {
      ModelEntry<?> entry = entries.get(name);
      if (entry == null) {
        throw new MissingSchemaException(name);
      }
      return entry.model();
    } finally {
      lock.unlock();
    }
  }

  boolean remove(String name) {
    Objects.requireNonNull(name, "name == null");
    lock.lock();
    try {
      return entries.remove(name) != null;
    } finally {
      lock.unlock();
    }
  }

  List<String> names() {
    lock.lock();
    try {
      return List.copyOf(entries.keySet());
    } finally {
      lock.unlock();
    }
  }

  List<ModelEntry<?>> entries() {
    lock.lock();
    try {
      return new ArrayList<>(entries.values());
    } finally {
      lock.unlock();
    }
  }

  /** A registration's result. */
  record Registered<T>(ModelEntry<T> entry, boolean added) {}
}
