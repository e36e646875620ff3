package dev.meerkat.it.tx;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The embedded server with a backend that advertises logical sessions and a replica set, so the
 * driver sends transactions to it, and that records what arrives. It keeps no transaction state:
 * every write applies at once and {@code commitTransaction}/{@code abortTransaction} only answer
 * ok. It proves what the client sends (lsid, txnNumber, startTransaction, autocommit,
 * commit/abort); that an aborted transaction leaves nothing behind needs a real replica set (see
 * TransactionReplicaSetTest).
 */
final class SessionServer implements AutoCloseable {
  /** One command as it arrived. */
  record Received(String name, Document command) {
    Object lsid() {
      return command.get("lsid");
    }

    Object txnNumber() {
      return command.get("txnNumber");
    }
  }

  private final List<Received> received = new CopyOnWriteArrayList<>();

  /** How many of the next {@code insert} commands fail with a TransientTransactionError label. */
  final AtomicInteger transientInsertFailures = new AtomicInteger();

  /**
   * How many of the next {@code commitTransaction} commands fail with an
   * UnknownTransactionCommitResult label.
   */
  final AtomicInteger unknownCommitResults = new AtomicInteger();

  private final MongoServer server;
  private final int port;

  SessionServer() {
    Backend backend = new Backend();
    backend.enableOplog(); // the embedded server's own change streams, off by default
    server = new MongoServer(backend);
    InetSocketAddress address = server.bind();
    port = address.getPort();
  }

  String uri(String database) {
    return "mongodb://127.0.0.1:" + port + "/" + database + "?directConnection=true";
  }

  /** Every recorded command named {@code name}, in order. */
  List<Received> named(String name) {
    return received.stream().filter(r -> r.name.equals(name)).toList();
  }

  /** Every recorded command that belongs to a transaction (has a txnNumber). */
  List<Received> inTransactions() {
    return received.stream().filter(r -> r.txnNumber() != null).toList();
  }

  void clear() {
    received.clear();
  }

  @Override
  public void close() {
    server.shutdownNow();
  }

  private static Document error(String message, int code, String codeName, String label) {
    Document error = new Document("ok", 0.0);
    error.put("errmsg", message);
    error.put("code", code);
    error.put("codeName", codeName);
    error.put("errorLabels", List.of(label));
    return error;
  }

  private final class Backend extends MemoryBackend {
    @Override
    public Document handleCommand(
        Channel channel, String database, String command, Document query) {
      received.add(new Received(command, query.cloneDeeply()));
      switch (command) {
        case "hello", "isMaster", "ismaster" -> {
          Document reply = super.handleCommand(channel, database, command, query);
          reply.put("logicalSessionTimeoutMinutes", 30);
          reply.put("setName", "rs0");
          reply.put("hosts", List.of("127.0.0.1:" + port));
          reply.put("primary", "127.0.0.1:" + port);
          reply.put("me", "127.0.0.1:" + port);
          reply.put("secondary", false);
          return reply;
        }
        case "commitTransaction" -> {
          if (unknownCommitResults.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            return error(
                "injected: commit outcome unknown",
                8,
                "UnknownError",
                "UnknownTransactionCommitResult");
          }
          return new Document("ok", 1.0);
        }
        case "abortTransaction", "endSessions" -> {
          return new Document("ok", 1.0);
        }
        case "insert" -> {
          if (transientInsertFailures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            return error(
                "injected: transaction aborted by a write conflict",
                112,
                "WriteConflict",
                "TransientTransactionError");
          }
          return super.handleCommand(channel, database, command, query);
        }
        default -> {
          return super.handleCommand(channel, database, command, query);
        }
      }
    }
  }
}
