package dev.meerkat.internal.generated;

import dev.meerkat.CastException;
import dev.meerkat.IndexSpec;
import dev.meerkat.Schema;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.bson.BsonBinaryReader;
import org.bson.BsonDocument;
import org.bson.BsonReader;
import org.bson.BsonReaderMark;
import org.bson.BsonType;
import org.bson.BsonValue;
import org.bson.codecs.BsonDocumentCodec;
import org.bson.codecs.DecoderContext;
import org.bson.io.BsonInput;
import org.bson.io.BsonInputMark;

/**
 * Support for the generated schemas of sealed hierarchies: finds a document's discriminator value
 * without consuming the document, so the base's codec can hand it to the subtype's codec.
 */
public final class Discriminators {
  private static final BsonDocumentCodec DOCUMENTS = new BsonDocumentCodec();
  private static final DecoderContext DECODE = DecoderContext.builder().build();

  private Discriminators() {}

  /**
   * The string stored under {@code key} in the document the reader is positioned on, or {@code
   * null} when it has none; the reader is left where it was.
   */
  public static String peek(BsonReader reader, String key) {
    BsonReaderMark mark = reader.getMark();
    try {
      reader.readStartDocument();
      while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
        String name = reader.readName();
        if (name.equals(key) && reader.getCurrentBsonType() == BsonType.STRING) {
          return reader.readString();
        }
        reader.skipValue();
      }
      return null;
    } finally {
      mark.reset();
    }
  }

  /**
   * The string stored under {@code key} in the document at the input's position (its length first),
   * or {@code null}; the input is left where it was.
   */
  public static String peekRaw(BsonInput input, String key) {
    BsonInputMark mark = input.getMark(Integer.MAX_VALUE);
    try {
      int end = RawBson.startDocument(input);
      while (input.getPosition() < end) {
        byte type = input.readByte();
        if (type == 0) {
          break;
        }
        String name = input.readCString();
        if (type == RawBson.STRING && name.equals(key)) {
          return input.readString();
        }
        RawBson.skip(input, type);
      }
      return null;
    } finally {
      mark.reset();
    }
  }

  /**
   * The failure for the document at the input's position (its length first), whose discriminator
   * under {@code key} names none of the {@code known} values of model {@code modelName}'s subtypes:
   * a {@link CastFailure} at {@code key}, which a top-level decode turns into a {@code
   * CastException} with the document's {@code _id}, and an enclosing document prefixes with its
   * path. The input is left where it was.
   */
  public static CastFailure unknown(
      BsonInput input, String modelName, String key, List<String> known) {
    BsonInputMark mark = input.getMark(Integer.MAX_VALUE);
    try {
      return unknown(DOCUMENTS.decode(new BsonBinaryReader(input), DECODE), modelName, key, known);
    } finally {
      mark.reset();
    }
  }

  /**
   * {@link #unknown(BsonInput, String, String, List)} for the document at the reader's position.
   */
  public static CastFailure unknown(
      BsonReader reader, String modelName, String key, List<String> known) {
    return unknown(marked(reader), modelName, key, known);
  }

  /**
   * {@link #unknown(BsonReader, String, String, List)} for a top-level document: the {@code
   * CastException} users see, with the document's {@code _id}.
   */
  public static CastException unknownDocument(
      BsonReader reader, String modelName, String key, List<String> known) {
    BsonDocument document = marked(reader);
    BsonValue id = document.get("_id");
    return unknown(document, modelName, key, known)
        .toException(modelName, id == null ? null : BsonValues.toJava(id));
  }

  private static CastFailure unknown(
      BsonDocument document, String modelName, String key, List<String> known) {
    String expected = modelName + " subtype (" + key + " one of " + known + ")";
    BsonValue stored = document.get(key);
    return (stored == null ? CastFailure.missing(expected) : new CastFailure(expected, stored))
        .at(key);
  }

  /** The document at the reader's position, read without moving the reader. */
  private static BsonDocument marked(BsonReader reader) {
    BsonReaderMark mark = reader.getMark();
    try {
      return DOCUMENTS.decode(reader, DECODE);
    } finally {
      mark.reset();
    }
  }

  /** Every index of the subtypes once, in order: they all live in the base's collection. */
  public static List<IndexSpec> indexes(List<Schema<?>> subtypes) {
    Set<IndexSpec> indexes = new LinkedHashSet<>();
    for (Schema<?> subtype : subtypes) {
      indexes.addAll(subtype.indexes());
    }
    return List.copyOf(new ArrayList<>(indexes));
  }
}
