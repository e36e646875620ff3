package dev.meerkat.benchmarks;

import org.bson.BsonDocument;
import org.bson.BsonDouble;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonString;
import org.bson.RawBsonDocument;
import org.bson.codecs.BsonDocumentCodec;

/**
 * The sample customer as another tool might have stored it, every numeric and date value in a BSON
 * type other than the one Meerkat writes, each converting without loss: what the generated codec's
 * casting (slow) path reads.
 */
public final class CastingBytes {
  private CastingBytes() {}

  /**
   * {@code bytes} (a customer as the hand-written codec writes it) with {@code age} as an int64,
   * {@code balance} as a numeric string, {@code createdAt} as an int64 of epoch milliseconds and
   * every {@code counters} value as a double.
   */
  public static byte[] otherTypes(byte[] bytes) {
    BsonDocument document = new RawBsonDocument(bytes).decode(new BsonDocumentCodec());
    document.put("age", new BsonInt64(document.getInt32("age").getValue()));
    document.put(
        "balance", new BsonString(Double.toString(document.getDouble("balance").getValue())));
    document.put("createdAt", new BsonInt64(document.getDateTime("createdAt").getValue()));
    BsonDocument counters = document.getDocument("counters");
    for (String key : counters.keySet()) {
      counters.put(key, new BsonDouble(((BsonInt32) counters.get(key)).getValue()));
    }
    RawBsonDocument raw = new RawBsonDocument(document, new BsonDocumentCodec());
    byte[] out = new byte[raw.getByteBuffer().remaining()];
    raw.getByteBuffer().asNIO().get(out);
    return out;
  }
}
