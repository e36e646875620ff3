package dev.meerkat.internal.connection;

import com.mongodb.client.MongoDatabase;
import dev.meerkat.ConnectionEvent;
import dev.meerkat.ConnectionOptions;
import dev.meerkat.Setting;
import dev.meerkat.internal.options.SecondaryReads;
import java.util.concurrent.CompletableFuture;

/**
 * A model's {@code init()} for one opening: {@code autoCreate} (the collection, capped and collated
 * as the schema says) then {@code autoIndex} (the declared indexes). Each flag: the schema's, else
 * the connection's, else the global setting; both are off for secondary read preferences, where
 * they would be writes to a secondary. A failure is reported as an {@code ERROR} event and fails
 * the operations waiting for the init.
 */
final class ModelInit {
  private ModelInit() {}

  static <T> CompletableFuture<Void> start(
      DefaultConnection connection, ModelEntry<T> entry, LiveClient live) {
    ConnectionOptions options = connection.options();
    MongoDatabase db = live.client().getDatabase(connection.name());
    boolean secondary = SecondaryReads.isSecondary(db.getReadPreference());
    boolean autoCreate =
        !secondary
            && connection
                .settings()
                .flag(
                    entry.schema.options().autoCreate(), options.autoCreate(), Setting.AUTO_CREATE);
    boolean autoIndex =
        !secondary
            && connection
                .settings()
                .flag(entry.schema.options().autoIndex(), options.autoIndex(), Setting.AUTO_INDEX);
    if (!autoCreate && !autoIndex) {
      return CompletableFuture.completedFuture(null);
    }
    CompletableFuture<Void> init =
        CompletableFuture.runAsync(
            () -> {
              if (autoCreate) {
                CollectionSetup.createCollection(db, entry.schema, entry.collectionName);
              }
              if (autoIndex) {
                CollectionSetup.createIndexes(
                    entry.collection(live, connection.name()), entry.schema);
              }
            },
            MeerkatThreads.blocking());
    init.whenComplete(
        (ok, error) -> {
          if (error != null) {
            Throwable cause = error.getCause() != null ? error.getCause() : error;
            connection.emit(
                ConnectionEvent.ERROR,
                cause,
                "init() of model " + entry.schema.modelName() + " failed");
          }
        });
    return init;
  }
}
