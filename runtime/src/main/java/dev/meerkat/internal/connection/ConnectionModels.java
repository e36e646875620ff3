package dev.meerkat.internal.connection;

import dev.meerkat.ConnectionEvent;
import dev.meerkat.Model;
import dev.meerkat.ReadyState;
import dev.meerkat.Schema;
import dev.meerkat.Setting;
import dev.meerkat.SyncIndexesException;
import dev.meerkat.internal.model.DefaultModel;
import dev.meerkat.internal.model.HookedModel;
import dev.meerkat.internal.model.ModelHooks;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The models of one {@link DefaultConnection}: registering them (with the {@code model} and {@code
 * deleteModel} events), starting their init once the connection opens, and syncing their indexes.
 * Thread-safe: the {@link ModelRegistry} guards the entries, and each entry runs its init once per
 * opening.
 */
final class ConnectionModels {
  private final DefaultConnection connection;
  private final DefaultMeerkatInstance instance;
  private final ConnectionState state;
  private final ModelRegistry registry = new ModelRegistry();

  /**
   * Middleware by schema; a useDb connection uses its base's, so hooks apply across useDb children.
   */
  private final Map<Schema<?>, ModelHooks<?>> hooks = new ConcurrentHashMap<>();

  ConnectionModels(
      DefaultConnection connection, DefaultMeerkatInstance instance, ConnectionState state) {
    this.connection = connection;
    this.instance = instance;
    this.state = state;
  }

  /**
   * The entry for {@code schema} on {@code collection}: the registered one, or a new one (emitting
   * {@code MODEL} and, when the connection is open, starting its init).
   */
  <T> ModelEntry<T> register(Schema<T> schema, String collection) {
    Objects.requireNonNull(schema, "schema == null");
    Objects.requireNonNull(collection, "collection == null");
    boolean overwrite = (Boolean) instance.get(Setting.OVERWRITE_MODELS);
    ModelRegistry.Registered<T> registered =
        registry.register(
            schema,
            collection,
            overwrite,
            entry ->
                new HookedModel<>(
                    new DefaultModel<>(
                        connection, schema, collection, new ModelGateway<>(connection, entry)),
                    connection::executor));
    if (registered.added()) {
      connection.emit(ConnectionEvent.MODEL, null, schema.modelName());
      if (state.readyState() == ReadyState.CONNECTED) {
        startInit(registered.entry());
      }
    }
    return registered.entry();
  }

  /**
   * The model registered as {@code name}. @throws dev.meerkat.MissingSchemaException when there is
   * none
   */
  Model<?> get(String name) {
    return registry.get(name);
  }

  /** The registered model names, in registration order. */
  List<String> names() {
    return registry.names();
  }

  /** Removes the model {@code name}, emitting {@code deleteModel} when there was one. */
  void delete(String name) {
    if (registry.remove(name)) {
      connection.emit(ConnectionEvent.DELETE_MODEL, null, name);
    }
  }

  /**
   * Syncs every model's indexes, going on past a failing model.
   *
   * @return the dropped index names by model
   * @throws SyncIndexesException naming every model that failed
   */
  Map<String, List<String>> syncIndexes() {
    Map<String, List<String>> dropped = new LinkedHashMap<>();
    Map<String, Throwable> errors = new LinkedHashMap<>();
    for (ModelEntry<?> entry : registry.entries()) {
      try {
        dropped.put(entry.schema.modelName(), entry.model().syncIndexes());
      } catch (RuntimeException e) {
        errors.put(entry.schema.modelName(), e);
      }
    }
    if (!errors.isEmpty()) {
      throw new SyncIndexesException(errors);
    }
    return dropped;
  }

  /** Starts every model's init for the opening that just completed; operations wait for them. */
  void startInits() {
    for (ModelEntry<?> entry : registry.entries()) {
      startInit(entry);
    }
  }

  private <T> void startInit(ModelEntry<T> entry) {
    LiveClient live;
    try {
      live = state.requireClient("init");
    } catch (RuntimeException e) {
      return; // closed meanwhile: the next opening starts it
    }
    entry.init(live.opening(), () -> ModelInit.start(connection, entry, live), System.nanoTime());
  }

  /** The middleware of {@code schema}'s models (of a base connection). */
  @SuppressWarnings("unchecked") // stored under its own schema, so its type is T
  <T> ModelHooks<T> hooksOf(Schema<T> schema) {
    ModelHooks<?> found = hooks.get(schema);
    if (found != null) {
      return (ModelHooks<T>) found;
    }
    synchronized (hooks) { // the one lock for creating hooks: links a hierarchy's as they appear
      found = hooks.get(schema);
      if (found != null) {
        return (ModelHooks<T>) found;
      }
      ModelHooks<T> created = new ModelHooks<>(schema.modelName());
      if (schema.discriminatorKey() != null) {
        hooks.forEach((other, theirs) -> linkHierarchy(schema, created, other, theirs));
      }
      hooks.put(schema, created);
      return created;
    }
  }

  /**
   * Links the hooks of a sealed hierarchy's base and one of its subtypes, whichever of the two is
   * {@code schema} (a subtype stores a discriminator value, its base none).
   */
  private static void linkHierarchy(
      Schema<?> schema, ModelHooks<?> created, Schema<?> other, ModelHooks<?> theirs) {
    if (other.discriminatorKey() == null) {
      return;
    }
    boolean subtype = schema.discriminatorValue() != null;
    boolean otherSubtype = other.discriminatorValue() != null;
    if (subtype && !otherSubtype && other.type().isAssignableFrom(schema.type())) {
      ModelHooks.link(theirs, schema.type(), created);
    } else if (!subtype && otherSubtype && schema.type().isAssignableFrom(other.type())) {
      ModelHooks.link(created, other.type(), theirs);
    }
  }
}
