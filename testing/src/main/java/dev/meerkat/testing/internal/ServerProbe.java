package dev.meerkat.testing.internal;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoCommandException;
import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import dev.meerkat.testing.Capability;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.bson.Document;

/**
 * Asks a server we did not start what it can do, once, through the real driver: its {@code hello}
 * (or legacy {@code isMaster}) answer tells replica set, mongos, sessions and wire version; whether
 * {@code usersInfo} exists tells authentication.
 *
 * <p>A server without {@code hello} is MongoDB older than 4.4.2 or a wire-protocol emulator such as
 * mongo-java-server; it is assumed to lack what the emulator only pretends to do (capped
 * collections, collation, TTL, partial indexes, validators).
 */
final class ServerProbe {

  private static final int COMMAND_NOT_FOUND = 59;
  private static final int TIMEOUT_SECONDS = 10;

  private ServerProbe() {}

  static Set<Capability> capabilities(String uri) {
    MongoClientSettings settings =
        MongoClientSettings.builder()
            .applyConnectionString(new ConnectionString(uri))
            .applyToClusterSettings(
                b -> b.serverSelectionTimeout(TIMEOUT_SECONDS, TimeUnit.SECONDS))
            .applyToSocketSettings(b -> b.connectTimeout(TIMEOUT_SECONDS, TimeUnit.SECONDS))
            .build();
    try (MongoClient client = MongoClients.create(settings)) {
      MongoDatabase admin = client.getDatabase("admin");
      Document hello = commandOrNull(admin, "hello");
      boolean helloExists = hello != null;
      if (hello == null) {
        hello = admin.runCommand(new Document("isMaster", 1));
      }
      return fromHello(hello, helloExists, commandOrNull(admin, "usersInfo") != null);
    } catch (MongoException e) {
      throw new IllegalStateException(
          "the MongoDB server at "
              + ConnectionStrings.redact(uri)
              + " (from MONGODB_URI or -Dmeerkat.test.mongodb.uri) did not answer within "
              + TIMEOUT_SECONDS
              + "s: "
              + e.getMessage()
              + "; start it, fix the URI, or unset it to use"
              + " the embedded server",
          e);
    }
  }

  private static Set<Capability> fromHello(Document hello, boolean helloExists, boolean hasUsers) {
    Set<Capability> result = EnumSet.noneOf(Capability.class);
    boolean replicaSet = hello.containsKey("setName");
    boolean mongos = "isdbgrid".equals(hello.getString("msg"));
    int wire =
        hello.get("maxWireVersion", Number.class) == null
            ? 0
            : hello.get("maxWireVersion", Number.class).intValue();
    boolean sessions = hello.containsKey("logicalSessionTimeoutMinutes");
    if (replicaSet || mongos) {
      result.add(Capability.REPLICA_SET);
      result.add(Capability.CHANGE_STREAMS);
    }
    if (sessions) {
      result.add(Capability.SESSIONS);
    }
    if (sessions && ((replicaSet && wire >= 7) || (mongos && wire >= 8))) {
      result.add(Capability.TRANSACTIONS);
    }
    if (wire >= 8) {
      result.add(Capability.PIPELINE_UPDATES); // MongoDB 4.2
    }
    if (hasUsers) {
      result.add(Capability.AUTHENTICATION);
    }
    if (helloExists) {
      result.add(Capability.HELLO_COMMAND);
      result.addAll(
          EnumSet.of(
              Capability.CAPPED_COLLECTIONS,
              Capability.COLLATION,
              Capability.TTL_INDEXES,
              Capability.PARTIAL_INDEXES,
              Capability.VALIDATORS));
    }
    return result;
  }

  /** The command's answer, or null when the server does not know the command. */
  private static Document commandOrNull(MongoDatabase admin, String command) {
    try {
      return admin.runCommand(new Document(command, 1));
    } catch (MongoCommandException e) {
      if (e.getErrorCode() == COMMAND_NOT_FOUND) {
        return null;
      }
      // Any other refusal (e.g. Unauthorized) still proves the command exists.
      return new Document();
    }
  }
}
