package dev.meerkat.examples;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import dev.meerkat.testing.MongoServer;
import dev.meerkat.testing.MongoServers;
import java.io.PrintStream;
import java.time.Instant;
import org.bson.Document;

/**
 * The demo the README's first Quick-start command runs. It uses the MongoDB named by
 * {@code MONGODB_URI} when set, and otherwise starts the embedded server; then it writes one
 * document, reads it back and says what it did.
 *
 * <p>For now it talks to MongoDB through the plain driver; generated Meerkat models replace
 * that as they land, while the command that runs the demo stays the same.
 */
public final class DemoApplication {

    private DemoApplication() {}

    /**
     * Runs the demo and returns normally on success.
     *
     * @throws IllegalStateException if the demo could not do what it says, with the reason
     */
    public static void main(String[] args) {
        int code = run(System.out);
        if (code != 0) {
            // Not System.exit: the demo also runs inside Maven (exec:java), which it must not kill.
            throw new IllegalStateException("the demo failed with exit code " + code);
        }
    }

    /** Runs the demo, printing to {@code out}; returns 0 on success and 1 if the read-back did not match. */
    public static int run(PrintStream out) {
        String configured = System.getenv("MONGODB_URI");
        try (MongoServer server = configured == null || configured.isBlank()
                ? MongoServers.startEmbedded()
                : MongoServers.external(configured)) {
            out.println("Meerkat demo: using the " + server.kind() + " MongoDB at " + server.host() + ":" + server.port()
                    + ", database " + server.databaseName());
            try (MongoClient client = MongoClients.create(server.uri())) {
                return writeAndRead(client.getDatabase(server.databaseName()), out);
            }
        }
    }

    private static int writeAndRead(MongoDatabase database, PrintStream out) {
        MongoCollection<Document> users = database.getCollection("users");
        Document ann = new Document("_id", "ann").append("name", "Ann Example").append("joined", Instant.now().toString());
        users.insertOne(ann);
        out.println("Inserted into users: " + ann.toJson());
        Document found = users.find(new Document("_id", "ann")).first();
        out.println("Read back from users: " + (found == null ? "nothing" : found.toJson()));
        // The demo's database is fresh for each run; leave nothing behind on a real server.
        database.drop();
        boolean same = ann.equals(found);
        out.println(same ? "Done: the document round-tripped unchanged." : "FAILED: the document read back differs.");
        return same ? 0 : 1;
    }
}
