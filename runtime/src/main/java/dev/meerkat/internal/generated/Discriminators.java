package dev.meerkat.internal.generated;

import dev.meerkat.IndexSpec;
import dev.meerkat.MeerkatException;
import dev.meerkat.Schema;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.bson.BsonReader;
import org.bson.BsonReaderMark;
import org.bson.BsonType;
import org.bson.io.BsonInput;
import org.bson.io.BsonInputMark;

/**
 * Support for the generated schemas of sealed hierarchies: finds a document's discriminator value
 * without consuming the document, so the base's codec can hand it to the subtype's codec.
 */
public final class Discriminators {
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

  /** The error for a document whose discriminator names no subtype of the base. */
  public static MeerkatException unknown(
      String modelName, String key, String value, List<String> known) {
    String found =
        value == null ? "has no string \"" + key + "\"" : "has " + key + " = \"" + value + "\"";
    return new MeerkatException(
        "Cannot read a document for model \""
            + modelName
            + "\": it "
            + found
            + ", which names none of its subtypes "
            + known
            + ". Store one of those values under \""
            + key
            + "\", or read the document as org.bson.Document.");
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
