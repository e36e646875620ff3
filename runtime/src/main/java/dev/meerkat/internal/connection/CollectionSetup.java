package dev.meerkat.internal.connection;

import com.mongodb.MongoCommandException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Collation;
import com.mongodb.client.model.CollationStrength;
import com.mongodb.client.model.CreateCollectionOptions;
import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.IndexOptions;
import dev.meerkat.IndexSpec;
import dev.meerkat.Schema;
import dev.meerkat.SchemaOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.bson.Document;

/**
 * Creates collections and indexes as a schema declares them: what {@code autoCreate}, {@code
 * autoIndex}, {@code Model.createCollection()} and {@code syncIndexes()} send. Stateless.
 */
public final class CollectionSetup {
  /** The server's code for "collection already exists". */
  private static final int NAMESPACE_EXISTS = 48;

  private CollectionSetup() {}

  /** {@link #createCollection} as a model operation's action. */
  public static Function<MongoDatabase, Void> creating(Schema<?> schema, String collectionName) {
    return db -> {
      createCollection(db, schema, collectionName);
      return null;
    };
  }

  /** {@link #createIndexes} as a model operation's action. */
  public static <T> Function<MongoCollection<T>, Void> indexing(Schema<?> schema) {
    return c -> {
      createIndexes(c, schema);
      return null;
    };
  }

  /**
   * Creates {@code collectionName} with the schema's capped and collation options. A collection
   * that exists already is fine, as in Mongoose's {@code createCollection} during {@code
   * autoCreate}.
   */
  public static void createCollection(MongoDatabase db, Schema<?> schema, String collectionName) {
    try {
      db.createCollection(collectionName, createOptions(schema.options()));
    } catch (MongoCommandException e) {
      if (e.getErrorCode() != NAMESPACE_EXISTS) {
        throw e;
      }
    }
  }

  /** The driver options for creating a collection of this schema. */
  public static CreateCollectionOptions createOptions(SchemaOptions options) {
    CreateCollectionOptions create = new CreateCollectionOptions();
    if (options.capped()) {
      create.capped(true).sizeInBytes(options.cappedSize());
      if (options.cappedMax() > 0) {
        create.maxDocuments(options.cappedMax());
      }
    }
    if (options.collation() != null) {
      create.collation(collation(options.collation()));
    }
    return create;
  }

  /** The driver's collation for a declared one. */
  public static Collation collation(SchemaOptions.CollationSpec spec) {
    Collation.Builder b = Collation.builder().locale(spec.locale());
    if (spec.strength() > 0) {
      b.collationStrength(CollationStrength.fromInt(spec.strength()));
    }
    if (spec.caseLevel()) {
      b.caseLevel(true);
    }
    if (spec.numericOrdering()) {
      b.numericOrdering(true);
    }
    return b.build();
  }

  /**
   * Builds every index the schema declares; indexes that exist already with the same options are
   * fine.
   */
  public static void createIndexes(MongoCollection<?> collection, Schema<?> schema) {
    List<IndexModel> models = new ArrayList<>();
    for (IndexSpec index : schema.indexes()) {
      models.add(indexModel(index));
    }
    if (!models.isEmpty()) {
      collection.createIndexes(models);
    }
  }

  /**
   * Makes the collection's indexes match the schema: drops every index but {@code _id_} whose keys
   * the schema does not declare, then builds the declared ones.
   *
   * @return the names of the dropped indexes
   */
  public static List<String> syncIndexes(MongoCollection<?> collection, Schema<?> schema) {
    List<Document> declared = new ArrayList<>();
    for (IndexSpec index : schema.indexes()) {
      declared.add(keys(index));
    }
    List<String> dropped = new ArrayList<>();
    for (Document existing : collection.listIndexes()) {
      String name = existing.getString("name");
      Document key = existing.get("key", Document.class);
      if (!"_id_".equals(name) && !containsKeys(declared, key)) {
        collection.dropIndex(name);
        dropped.add(name);
      }
    }
    createIndexes(collection, schema);
    return dropped;
  }

  private static boolean containsKeys(List<Document> declared, Document key) {
    for (Document d : declared) {
      if (sameKeys(d, key)) {
        return true;
      }
    }
    return false;
  }

  /** Keys match in order, with directions compared as numbers where both are numbers (1 vs 1.0). */
  private static boolean sameKeys(Document a, Document b) {
    if (b == null || a.size() != b.size()) {
      return false;
    }
    List<String> aKeys = new ArrayList<>(a.keySet());
    List<String> bKeys = new ArrayList<>(b.keySet());
    for (int i = 0; i < aKeys.size(); i++) {
      Object av = a.get(aKeys.get(i));
      Object bv = b.get(bKeys.get(i));
      boolean same =
          aKeys.get(i).equals(bKeys.get(i))
              && (av instanceof Number an && bv instanceof Number bn
                  ? an.doubleValue() == bn.doubleValue()
                  : av.equals(bv));
      if (!same) {
        return false;
      }
    }
    return true;
  }

  /** The driver's index model for a declared index. */
  public static IndexModel indexModel(IndexSpec index) {
    IndexOptions options = new IndexOptions().unique(index.unique()).sparse(index.sparse());
    if (index.expireAfterSeconds() >= 0) {
      options.expireAfter(index.expireAfterSeconds(), TimeUnit.SECONDS);
    }
    if (index.name() != null && !index.name().isEmpty()) {
      options.name(index.name());
    }
    return new IndexModel(keys(index), options);
  }

  /** The key document of a declared index, in declared order. */
  public static Document keys(IndexSpec index) {
    Document keys = new Document();
    for (IndexSpec.Key key : index.keys()) {
      keys.append(key.field(), key.direction());
    }
    return keys;
  }
}
