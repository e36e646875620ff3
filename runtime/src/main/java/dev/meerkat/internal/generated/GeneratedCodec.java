package dev.meerkat.internal.generated;

import org.bson.BsonReader;
import org.bson.BsonWriter;
import org.bson.codecs.Codec;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.EncoderContext;

/**
 * The part of a generated codec that is the same for every schema: a top-level document is written
 * with {@code __v} where the schema has one, a subdocument without it (Mongoose versions top-level
 * documents only), and decoding goes through {@link Decoding}. The subclass writes the fields
 * ({@link #write}) and reads them with its static decoders. May change at any time. Immutable and
 * thread-safe.
 *
 * @param <T> the mapped type
 */
public abstract class GeneratedCodec<T> implements Codec<T>, EmbeddedEncoder<T> {
  private final Class<T> type;
  private final String modelName;
  private final Decoding.RawDecoder<T> raw;
  private final Decoding.ReaderDecoder<T> fields;
  private final String idType;
  private final int idKind;

  /**
   * Called by the generated subclass's constructor.
   *
   * @param raw the decoder over raw bytes, or null for a schema with {@code @ExtraFields}
   * @param fields the decoder over a reader, or null when {@code raw} reads every document
   */
  protected GeneratedCodec(
      Class<T> type,
      String modelName,
      Decoding.RawDecoder<T> raw,
      Decoding.ReaderDecoder<T> fields) {
    this(type, modelName, raw, fields, null);
  }

  /**
   * As the other constructor, for a schema whose id field has the cast name {@code idType} ({@code
   * "ObjectId"}, {@code "String"}...): a top-level document whose stored {@code _id} is of another
   * BSON type fails to decode ({@link StoredIds}).
   */
  protected GeneratedCodec(
      Class<T> type,
      String modelName,
      Decoding.RawDecoder<T> raw,
      Decoding.ReaderDecoder<T> fields,
      String idType) {
    this.type = type;
    this.modelName = modelName;
    this.raw = raw;
    this.fields = fields;
    this.idType = idType;
    this.idKind = StoredIds.kind(idType);
  }

  @Override
  public final Class<T> getEncoderClass() {
    return type;
  }

  @Override
  public final void encode(BsonWriter writer, T value, EncoderContext encoderContext) {
    write(writer, value, encoderContext, true);
  }

  @Override
  public final void writeEmbedded(BsonWriter writer, T value, EncoderContext encoderContext) {
    write(writer, value, encoderContext, false);
  }

  /** Writes {@code value} as a document; {@code topLevel} when it is not embedded in another. */
  protected abstract void write(
      BsonWriter writer, T value, EncoderContext encoderContext, boolean topLevel);

  @Override
  public final T decode(BsonReader reader, DecoderContext decoderContext) {
    StoredIds.check(reader, idKind, idType, modelName);
    return fields == null
        ? Decoding.topLevel(reader, decoderContext, modelName, raw)
        : Decoding.topLevel(reader, decoderContext, modelName, raw, fields);
  }

  /** Reads the subdocument at the reader's position; cast failures pass up to the parent. */
  public final T readEmbedded(BsonReader reader, DecoderContext decoderContext) {
    return fields == null
        ? Decoding.embedded(reader, decoderContext, raw)
        : Decoding.embedded(reader, decoderContext, raw, fields);
  }
}
