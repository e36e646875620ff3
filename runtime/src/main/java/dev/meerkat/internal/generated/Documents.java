package dev.meerkat.internal.generated;

import org.bson.BsonDocument;
import org.bson.BsonDocumentWriter;
import org.bson.codecs.EncoderContext;
import org.bson.codecs.Encoder;

/**
 * Support for generated code: encoding values to documents. May change at any time.
 * Stateless and thread-safe.
 */
public final class Documents {
  private Documents() {}

  /** Encodes {@code value} with {@code encoder} into a new {@link BsonDocument}. */
  public static <T> BsonDocument toBsonDocument(Encoder<T> encoder, T value) {
    BsonDocument document = new BsonDocument();
    encoder.encode(new BsonDocumentWriter(document), value, EncoderContext.builder().build());
    return document;
  }
}
