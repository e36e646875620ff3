package dev.meerkat.internal.generated;

import org.bson.BsonBinaryReader;
import org.bson.BsonReader;
import org.bson.BsonReaderMark;
import org.bson.BsonType;
import org.bson.codecs.DecoderContext;

/**
 * The entry points of generated decoders. A document read as a top-level document (the codec the
 * driver calls) turns a {@link CastFailure} anywhere inside it into a {@code CastException} naming
 * the model and the document's {@code _id}; an embedded document lets the failure pass up to its
 * parent, which adds its key to the path. Both take the fast path over raw bytes when they can. May
 * change at any time. Stateless and thread-safe.
 */
public final class Decoding {
  private Decoding() {}

  /** Reads one document through a {@code BsonReader}; implemented by the generated codecs. */
  @FunctionalInterface
  public interface ReaderDecoder<T> {
    /** Decodes the document at the reader's position. */
    T decode(BsonReader reader, DecoderContext context);
  }

  /**
   * Decodes a top-level document of model {@code modelName}: with {@code raw} over the bytes of a
   * {@code BsonBinaryReader} when it is at a document and {@code raw} is not null, else with {@code
   * fields}.
   */
  public static <T> T topLevel(
      BsonReader reader,
      DecoderContext context,
      String modelName,
      RawBson.RawDecoder<T> raw,
      ReaderDecoder<T> fields) {
    if (raw != null && reader instanceof BsonBinaryReader binary && RawBson.atDocument(binary)) {
      return RawBson.decode(binary, context, raw, modelName);
    }
    BsonReaderMark mark = markOf(reader);
    try {
      return fields.decode(reader, context);
    } catch (CastFailure failure) {
      throw failure.toException(modelName, idAt(reader, mark));
    }
  }

  /**
   * Decodes an embedded document: as {@link #topLevel}, but failures go up to the parent as they
   * are.
   */
  public static <T> T embedded(
      BsonReader reader,
      DecoderContext context,
      RawBson.RawDecoder<T> raw,
      ReaderDecoder<T> fields) {
    if (raw != null && reader instanceof BsonBinaryReader binary && RawBson.atDocument(binary)) {
      return RawBson.decode(binary, context, raw);
    }
    return fields.decode(reader, context);
  }

  private static BsonReaderMark markOf(BsonReader reader) {
    try {
      return reader.getMark();
    } catch (UnsupportedOperationException | IllegalStateException cannotMark) {
      return null;
    }
  }

  /** The {@code _id} of the document that starts at {@code mark}, or null if it cannot be found. */
  private static Object idAt(BsonReader reader, BsonReaderMark mark) {
    if (mark == null) {
      return null;
    }
    try {
      mark.reset();
      reader.readStartDocument();
      while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
        if (reader.readName().equals("_id")) {
          return BsonValues.toJava(BsonValues.readBsonValue(reader));
        }
        reader.skipValue();
      }
      return null;
    } catch (RuntimeException unreadable) {
      // Best effort: the cast failure is what matters; an unreadable _id only leaves it out.
      return null;
    }
  }
}
