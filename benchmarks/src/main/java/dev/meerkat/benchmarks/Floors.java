package dev.meerkat.benchmarks;

import org.bson.BsonBinaryReader;
import org.bson.BsonReader;
import org.bson.BsonType;
import org.bson.BsonWriter;
import org.bson.io.BsonInput;

/**
 * The lower bounds every codec is measured against: what the driver's reader and writer cost before
 * any mapping work is done.
 */
public final class Floors {
  private Floors() {}

  /** Writes {@code {}}: the fixed cost of a writer and a document frame. */
  public static void writeEmptyDocument(BsonWriter writer) {
    writer.writeStartDocument();
    writer.writeEndDocument();
  }

  /**
   * Walks a document skipping every value, and returns how many top-level fields it saw. With a
   * {@code BsonBinaryReader}, {@code readBsonType()} still decodes each name into a {@code String};
   * only values are left unread.
   */
  public static int skipEveryValue(BsonReader reader) {
    int fields = 0;
    reader.readStartDocument();
    while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
      reader.skipName();
      reader.skipValue();
      fields++;
    }
    reader.readEndDocument();
    return fields;
  }

  /**
   * Walks the same document on the raw bytes under a {@link BsonBinaryReader}, allocating nothing:
   * names are skipped, not decoded. The bound for a codec that matches names on bytes. The reader
   * is left unusable; this reads the input directly.
   */
  public static int walkRawBytes(BsonBinaryReader reader) {
    BsonInput in = reader.getBsonInput();
    int terminator = in.getPosition() + in.readInt32() - 1;
    int fields = 0;
    while (in.getPosition() < terminator) {
      BsonType type = RawBson.type(in.readByte());
      in.skipCString();
      RawBson.skipValue(in, type);
      fields++;
    }
    in.readByte();
    return fields;
  }
}
