package dev.meerkat.testing.internal;

import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.QueryParameters;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryCollection;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import java.util.ArrayList;
import java.util.List;

/**
 * mongo-java-server's in-memory backend with MongoDB's single-document read atomicity. The stock
 * backend answers a query with references to its stored documents and encodes the reply after the
 * collection lock is released, while an update changes a stored document in place, field by field:
 * a read concurrent with a write can return some fields from before the write and some from after
 * it (measured: 59 of 29,090 reads of a 200-field document under a replacing writer). A real {@code
 * mongod} never returns such a document, and code that relies on it (optimistic concurrency by a
 * version field) would lose updates against the stock backend. Here a query's documents are copied
 * while the lock is held, except for the queries the backend runs inside its own writes ({@code
 * findAndModify}, deletes), which must get the stored documents to change them in place.
 */
final class SnapshotReadsBackend extends MemoryBackend {
  @Override
  public MemoryDatabase openOrCreateDatabase(String databaseName) {
    return new SnapshotDatabase(databaseName, this);
  }

  private static final class SnapshotDatabase extends MemoryDatabase {
    SnapshotDatabase(String name, SnapshotReadsBackend backend) {
      super(name, backend.getCursorRegistry());
    }

    @Override
    protected MemoryCollection openOrCreateCollection(
        String collectionName, CollectionOptions options) {
      return new SnapshotCollection(this, collectionName, options, cursorRegistry);
    }
  }

  private static final class SnapshotCollection extends MemoryCollection {
    /**
     * True while this collection's own write queries for the documents it changes; guarded by this.
     */
    private boolean writing;

    SnapshotCollection(
        SnapshotDatabase database,
        String name,
        CollectionOptions options,
        CursorRegistry cursorRegistry) {
      super(database, name, options, cursorRegistry);
    }

    @Override
    public synchronized Document findAndModify(Document query) {
      writing = true;
      try {
        return super.findAndModify(query);
      } finally {
        writing = false;
      }
    }

    @Override
    public synchronized int deleteDocuments(Document selector, int limit, Oplog oplog) {
      writing = true;
      try {
        return super.deleteDocuments(selector, limit, oplog);
      } finally {
        writing = false;
      }
    }

    @Override
    public synchronized QueryResult handleQuery(QueryParameters parameters) {
      QueryResult shared = super.handleQuery(parameters);
      if (writing) {
        return shared; // the stored documents, to be changed in place
      }
      List<Document> copies = new ArrayList<>();
      for (Document document : shared) {
        copies.add(document.cloneDeeply());
      }
      return new QueryResult(copies, shared.getCursorId());
    }
  }
}
