package dev.meerkat.internal.generated;

import java.nio.ByteBuffer;
import org.bson.AbstractBsonReader.State;
import org.bson.BsonBinaryReader;
import org.bson.BsonDocument;
import org.bson.BsonReader;
import org.bson.BsonReaderMark;
import org.bson.BsonType;
import org.bson.RawBsonDocument;
import org.bson.codecs.BsonDocumentCodec;
import org.bson.codecs.DecoderContext;
import org.bson.io.BsonInput;
import org.bson.io.BsonInputMark;
import org.bson.io.ByteBufferBsonInput;

/**
 * The entry points of generated decoders. A document read as a top-level document (the codec the
 * driver calls) turns a {@link CastFailure} anywhere inside it into a {@code CastException} naming
 * the model and the document's {@code _id}; an embedded document lets the failure pass up to its
 * parent, which adds its key to the path.
 *
 * <p>Generated codecs have one decoder, over raw bytes (a {@link RawDecoder}); the driver gives
 * them a {@code BsonBinaryReader}, whose bytes it reads directly. Any other reader (a {@code
 * BsonDocumentReader}, a JSON reader) is first copied into BSON bytes, so both paths share one
 * generated decoder. A schema with {@code @ExtraFields} also has a reader decoder ({@link
 * ReaderDecoder}), used for any reader. May change at any time. Stateless and thread-safe.
 */
public final class Decoding {
  private static final BsonDocumentCodec BSON_DOCUMENT_CODEC = new BsonDocumentCodec();

  private Decoding() {}

  /** Reads one document from the input at its position; implemented by the generated codecs. */
  @FunctionalInterface
  public interface RawDecoder<T> {
    /** Decodes the document whose length is at the input's position, consuming it. */
    T decode(BsonInput input, DecoderContext context);
  }

  /** Reads one document through a {@code BsonReader}; implemented by the generated codecs. */
  @FunctionalInterface
  public interface ReaderDecoder<T> {
    /** Decodes the document at the reader's position. */
    T decode(BsonReader reader, DecoderContext context);
  }

  /**
   * Decodes a top-level document of model {@code modelName} with {@code raw}: over the bytes of a
   * {@code BsonBinaryReader} at a document, else over a copy of the reader's document.
   */
  public static <T> T topLevel(
      BsonReader reader, DecoderContext context, String modelName, RawDecoder<T> raw) {
    return decode(binary(reader, context), context, raw, modelName);
  }

  /** As {@link #topLevel(BsonReader, DecoderContext, String, RawDecoder)} for a subdocument. */
  public static <T> T embedded(BsonReader reader, DecoderContext context, RawDecoder<T> raw) {
    return decode(binary(reader, context), context, raw, null);
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
      RawDecoder<T> raw,
      ReaderDecoder<T> fields) {
    if (raw != null && reader instanceof BsonBinaryReader binary && atDocument(binary)) {
      return decode(binary, context, raw, modelName);
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
      BsonReader reader, DecoderContext context, RawDecoder<T> raw, ReaderDecoder<T> fields) {
    if (raw != null && reader instanceof BsonBinaryReader binary && atDocument(binary)) {
      return decode(binary, context, raw, null);
    }
    return fields.decode(reader, context);
  }

  /**
   * Whether {@code reader} is positioned at the start of a document value (where the fast path can
   * begin).
   */
  public static boolean atDocument(BsonBinaryReader reader) {
    State state = reader.getState();
    return state == State.INITIAL
        || (state == State.VALUE && reader.getCurrentBsonType() == BsonType.DOCUMENT);
  }

  /**
   * {@code reader} itself when it is a {@code BsonBinaryReader} at a document; else a new one over
   * the BSON bytes of the document at the reader's position, which the reader moves past.
   */
  private static BsonBinaryReader binary(BsonReader reader, DecoderContext context) {
    if (reader instanceof BsonBinaryReader binary && atDocument(binary)) {
      return binary;
    }
    BsonDocument document = BSON_DOCUMENT_CODEC.decode(reader, context);
    ByteBuffer bytes = new RawBsonDocument(document, BSON_DOCUMENT_CODEC).getByteBuffer().asNIO();
    return new BsonBinaryReader(bytes);
  }

  /**
   * Decodes the document at the reader's position with {@code decoder} straight from the reader's
   * input, then moves the reader past the document, as if it had read it itself. A {@link
   * CastFailure} passes up unchanged (the document is embedded in one being decoded).
   */
  public static <T> T decode(
      BsonBinaryReader reader, DecoderContext context, RawDecoder<T> decoder) {
    return decode(reader, context, decoder, null);
  }

  /**
   * As {@link #decode(BsonBinaryReader, DecoderContext, RawDecoder)} for a top-level document of
   * model {@code modelName}: a {@link CastFailure} becomes the {@code CastException} users see,
   * with the document's {@code _id}; a null {@code modelName} lets it pass up.
   */
  public static <T> T decode(
      BsonBinaryReader reader, DecoderContext context, RawDecoder<T> decoder, String modelName) {
    BsonInput input = reader.getBsonInput();
    int start = input.getPosition();
    // A ByteBufferBsonInput (what the driver and BsonBinaryReader(ByteBuffer) use) moves back by a
    // negative skip; any other input is marked.
    BsonInputMark mark =
        input instanceof ByteBufferBsonInput ? null : input.getMark(Integer.MAX_VALUE);
    T value;
    try {
      value = decoder.decode(input, context);
    } catch (CastFailure failure) {
      if (modelName == null) {
        throw failure;
      }
      back(input, start, mark);
      throw failure.toException(modelName, idOf(input));
    }
    int length = input.getPosition() - start;
    back(input, start, mark);
    reader.readStartDocument();
    input.skip(length - 5);
    reader.readEndDocument();
    return value;
  }

  /** Moves the input back to {@code start}, through {@code mark} when there is one. */
  private static void back(BsonInput input, int start, BsonInputMark mark) {
    if (mark != null) {
      mark.reset();
    } else {
      input.skip(start - input.getPosition());
    }
  }

  private static Object idOf(BsonInput input) {
    try {
      return RawValues.findId(input);
    } catch (RuntimeException unreadable) {
      // Best effort: the cast failure is what matters; an unreadable _id only leaves it out.
      return null;
    }
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
