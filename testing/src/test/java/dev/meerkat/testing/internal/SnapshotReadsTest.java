package dev.meerkat.testing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import dev.meerkat.testing.MongoServer;
import dev.meerkat.testing.MongoServers;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/**
 * The embedded server returns every document as it was before or after a concurrent write, never a
 * mix, as {@code mongod} does (see {@link SnapshotReadsBackend}). With the stock in-memory backend
 * this test saw mixed documents in every run.
 */
class SnapshotReadsTest {
  /** A document whose first and last fields are far apart, so a torn read has room to happen. */
  private static Document version(int i) {
    Document document = new Document("_id", 1).append("first", i);
    for (int k = 0; k < 200; k++) {
      document.append("filler" + k, "a value of some length " + k);
    }
    return document.append("last", i);
  }

  @Test
  void aReadConcurrentWithReplacementsSeesWholeDocumentsOnly() throws Exception {
    try (MongoServer server = MongoServers.startEmbedded();
        MongoClient client = MongoClients.create(server.uri())) {
      MongoCollection<Document> c =
          client.getDatabase(server.databaseName()).getCollection("snapshots");
      c.insertOne(version(0));
      AtomicBoolean stop = new AtomicBoolean();
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        pool.submit(
            () -> {
              for (int i = 1; !stop.get(); i++) {
                c.replaceOne(Filters.eq("_id", 1), version(i));
              }
              return null;
            });
        List<Future<int[]>> readers = new ArrayList<>();
        for (int r = 0; r < 3; r++) {
          readers.add(
              pool.submit(
                  () -> {
                    int reads = 0;
                    int torn = 0;
                    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
                    while (System.nanoTime() < end) {
                      Document d = c.find(Filters.eq("_id", 1)).first();
                      reads++;
                      if (!d.get("first").equals(d.get("last"))) {
                        torn++;
                      }
                    }
                    return new int[] {reads, torn};
                  }));
        }
        int reads = 0;
        int torn = 0;
        for (Future<int[]> reader : readers) {
          int[] counts = reader.get(30, TimeUnit.SECONDS);
          reads += counts[0];
          torn += counts[1];
        }
        assertTrue(reads > 100, "only " + reads + " reads: the test did not exercise anything");
        assertEquals(0, torn, torn + " of " + reads + " reads mixed two versions of the document");
      } finally {
        stop.set(true);
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.SECONDS);
      }
    }
  }
}
