package dev.meerkat.interop;

import dev.meerkat.Model;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonObjectId;
import org.bson.BsonValue;
import org.bson.types.ObjectId;

/** The stored document exactly as the server holds it, and BSON helpers for comparing them. */
final class StoredDocuments {
  private StoredDocuments() {}

  static BsonDocument raw(Model<?> model, ObjectId id) {
    BsonDocument doc =
        model
            .connection()
            .db()
            .getCollection(model.collectionName(), BsonDocument.class)
            .find(new BsonDocument("_id", new BsonObjectId(id)))
            .first();
    if (doc == null) {
      throw new AssertionError("no document with _id " + id + " in " + model.collectionName());
    }
    return doc;
  }

  /**
   * {@code value} with {@code _id} and {@code __v} removed from every embedded document (not the
   * top level).
   */
  static BsonValue withoutSubdocumentKeys(BsonValue value) {
    if (value.isArray()) {
      return new BsonArray(
          value.asArray().stream().map(StoredDocuments::withoutSubdocumentKeys).toList());
    }
    if (value.isDocument()) {
      BsonDocument result = new BsonDocument();
      value
          .asDocument()
          .forEach(
              (key, v) -> {
                if (!key.equals("_id") && !key.equals("__v")) {
                  result.put(key, withoutSubdocumentKeys(v));
                }
              });
      return result;
    }
    return value;
  }
}
