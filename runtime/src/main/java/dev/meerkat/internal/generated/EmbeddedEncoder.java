package dev.meerkat.internal.generated;

import org.bson.BsonWriter;
import org.bson.codecs.EncoderContext;

/**
 * Implemented by generated codecs: writes a value as an embedded document, which never carries the
 * version key {@code __v} (Mongoose versions top-level documents only). May change at any time.
 *
 * @param <T> the mapped type
 */
public interface EmbeddedEncoder<T> {
  /**
   * Writes {@code value} as a subdocument: its fields, its {@code _id} if it has one, no {@code
   * __v}.
   */
  void writeEmbedded(BsonWriter writer, T value, EncoderContext context);
}
