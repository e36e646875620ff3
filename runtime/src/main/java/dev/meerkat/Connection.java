package dev.meerkat;

import com.mongodb.TransactionOptions;
import com.mongodb.client.ClientSession;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.CreateCollectionOptions;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import org.bson.Document;

/**
 * A connection to one MongoDB deployment and database, with the models registered on it: Mongoose's
 * {@code Connection}. Created by {@link Meerkat#connect}, {@link Meerkat#createConnection} or a
 * generated {@code @ConnectionConfig} factory.
 *
 * <p>Model operations issued before the connection is open are buffered and run once it opens (or
 * fail after {@code bufferTimeoutMS}); events report every change of {@link #readyState()}.
 * Thread-safe.
 *
 * <pre>{@code
 * Connection conn = Meerkat.createConnection("mongodb://127.0.0.1:27017/app");
 * conn.on(ConnectionEvent.OPEN, e -> log.info("open: {}", e.connection().name()));
 * UserModel users = UserModel.on(conn);
 * users.create(new User(...));   // buffered until the connection opens
 * }</pre>
 */
public interface Connection {

  /**
   * Opens this connection on {@code uri}; completes when it is open, fails with the initial
   * connection error.
   */
  default CompletableFuture<Connection> openUri(String uri) {
    return openUri(uri, ConnectionOptions.defaults());
  }

  /**
   * Opens this connection on {@code uri} with {@code options}, which win over the URI's query
   * string.
   */
  CompletableFuture<Connection> openUri(String uri, ConnectionOptions options);

  /** Completes when the connection is open; fails with the initial connection error. */
  CompletableFuture<Connection> asFuture();

  /** The state, as Mongoose's {@code connection.readyState}. */
  ReadyState readyState();

  /**
   * Calls {@code listener} on every {@code event}. A listener that throws is logged and ignored.
   */
  Connection on(ConnectionEvent event, Consumer<ConnectionEventData> listener);

  /** Calls {@code listener} on the next {@code event} only. */
  Connection once(ConnectionEvent event, Consumer<ConnectionEventData> listener);

  /** Removes {@code listener} from {@code event}. */
  Connection off(ConnectionEvent event, Consumer<ConnectionEventData> listener);

  /**
   * The database name: {@code dbName}, else the URI's path; {@code null} before the connection was
   * opened.
   */
  String name();

  /** The first host of the URI, or {@code null} before the connection was opened. */
  String host();

  /** The port of the first host, or {@code -1} before the connection was opened. */
  int port();

  /** Every {@code host:port} of the URI. */
  List<String> hosts();

  /** This connection's id, unique within its {@link MeerkatInstance}. */
  int id();

  /**
   * The options in force (the URI's and the object's merged); defaults before the connection was
   * opened.
   */
  ConnectionOptions options();

  /** The driver's client. @throws NotConnectedException before the connection was opened */
  MongoClient client();

  /** The driver's database. @throws NotConnectedException before the connection was opened */
  MongoDatabase db();

  /** A raw collection whose operations are buffered like models' operations. */
  MongoCollection<Document> collection(String name);

  /**
   * Registers {@code schema} under its model name on this connection, or returns the model already
   * registered with it.
   */
  default <T> Model<T> model(Schema<T> schema) {
    return model(Objects.requireNonNull(schema, "schema == null"), schema.collectionName());
  }

  /** Registers {@code schema} on a collection other than its default. */
  <T> Model<T> model(Schema<T> schema, String collection);

  /**
   * Registers {@code schema} and wraps the model once with {@code wrapper}; later calls return the
   * same wrapper. Generated typed models use this: {@code UserModel.on(connection)}.
   */
  <T, M extends Model<T>> M model(Schema<T> schema, Function<Model<T>, M> wrapper);

  /** The model registered as {@code name}. @throws MissingSchemaException when there is none */
  Model<?> model(String name);

  /** The names of the models registered on this connection, in registration order. */
  List<String> modelNames();

  /** Removes model {@code name} from this connection (Mongoose's {@code deleteModel}). */
  Connection deleteModel(String name);

  /**
   * A connection to another database sharing this connection's client and pool: Mongoose's {@code
   * useDb}. Sees every event of this connection.
   *
   * @throws ConfigurationException when {@code name} breaks MongoDB's database-name rules (empty,
   *     over 63 bytes, or containing {@code / \ . " $ * < > : | ?}, a space or NUL), or is {@code
   *     admin}, {@code local} or {@code config} without {@link UseDbOptions#allowReserved()};
   *     nothing is sent
   */
  default Connection useDb(String name) {
    return useDb(name, UseDbOptions.defaults());
  }

  /**
   * {@link #useDb(String)} with options; {@link UseDbOptions#cached()} returns the same instance
   * for a name.
   *
   * @throws ConfigurationException as {@link #useDb(String)} does
   */
  Connection useDb(String name, UseDbOptions options);

  /** Creates a collection (buffered); an existing one is an error from the server. */
  void createCollection(String name, CreateCollectionOptions options);

  /** Drops a collection (buffered); a missing one is fine. */
  void dropCollection(String name);

  /** Drops this connection's database (buffered). */
  void dropDatabase();

  /**
   * Calls {@link Model#syncIndexes()} on every model. @throws SyncIndexesException listing each
   * model that failed. @return dropped index names per model
   */
  Map<String, List<String>> syncIndexes();

  /** Starts a client session (buffered until open). */
  ClientSession startSession();

  /**
   * Runs {@code work} in a transaction (Mongoose's {@code connection.transaction}), with the
   * driver's {@code withTransaction} rules: the whole of {@code work} runs again on a {@code
   * TransientTransactionError}, the commit is retried on {@code UnknownTransactionCommitResult},
   * within the driver's time limit (120 s). Inside {@code work}, every model operation of this
   * connection and of its {@code useDb} connections issued on this thread (and async operations,
   * and what is chained on their futures) runs in the transaction without passing the session. A
   * nested call joins the outer transaction. Waits in the buffer while the connection is not open.
   * An exception thrown by {@code work} aborts the transaction and reaches the caller unwrapped.
   *
   * <pre>{@code
   * connection.transaction(session -> {
   *   accounts.updateOne(AccountSchema.ID.eq(from), AccountSchema.BALANCE.inc(-10));
   *   return accounts.updateOne(AccountSchema.ID.eq(to), AccountSchema.BALANCE.inc(10));
   * });
   * }</pre>
   *
   * @return what {@code work} returned in the committed attempt
   */
  default <R> R transaction(Function<ClientSession, R> work) {
    return transaction(TransactionOptions.builder().build(), work);
  }

  /**
   * {@link #transaction(Function)} with transaction options (read/write concern, read preference,
   * time limit).
   */
  <R> R transaction(TransactionOptions options, Function<ClientSession, R> work);

  /**
   * {@link #transaction(Function)} for asynchronous work: the transaction runs on the connection's
   * executor and waits there for the future {@code work} returns; async operations issued in {@code
   * work}, and those chained on their results, join it.
   */
  default <R> CompletableFuture<R> transactionAsync(
      Function<ClientSession, CompletableFuture<R>> work) {
    return transactionAsync(TransactionOptions.builder().build(), work);
  }

  /** {@link #transactionAsync(Function)} with transaction options. */
  <R> CompletableFuture<R> transactionAsync(
      TransactionOptions options, Function<ClientSession, CompletableFuture<R>> work);

  /**
   * Closes the connection; in-flight operations finish first. Closing a closed or never-opened
   * connection is fine.
   */
  default CompletableFuture<Void> close() {
    return close(false);
  }

  /**
   * Closes the connection; with {@code force}, in-flight and later operations fail with {@link
   * ConnectionClosedException}.
   */
  CompletableFuture<Void> close(boolean force);

  /** Closes the connection and removes it from its instance; it cannot be opened again. */
  CompletableFuture<Void> destroy();

  /** Uses an existing client (Mongoose's {@code setClient}); the connection becomes open on it. */
  Connection setClient(MongoClient client);

  /** Pool statistics per server, from the driver's pool events. */
  PoolStats poolStats();

  /**
   * Reports every operation issued on this connection from now on to {@code observer} (not those of
   * its {@code useDb} connections, which have their own). Metrics build on it: see {@link
   * OperationObserver}.
   */
  Connection addOperationObserver(OperationObserver observer);

  /** Stops reporting to {@code observer}; operations already issued still report to it. */
  Connection removeOperationObserver(OperationObserver observer);
}
