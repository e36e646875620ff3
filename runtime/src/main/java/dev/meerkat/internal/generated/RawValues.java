package dev.meerkat.internal.generated;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.bson.BsonArray;
import org.bson.BsonBinaryReader;
import org.bson.BsonBoolean;
import org.bson.BsonDateTime;
import org.bson.BsonDecimal128;
import org.bson.BsonDouble;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonNull;
import org.bson.BsonObjectId;
import org.bson.BsonSerializationException;
import org.bson.BsonString;
import org.bson.BsonType;
import org.bson.BsonValue;
import org.bson.codecs.BsonDocumentCodec;
import org.bson.codecs.DecoderContext;
import org.bson.io.BsonInput;
import org.bson.io.BsonInputMark;

/**
 * Reads one value of any BSON type from a {@link BsonInput} positioned after its name: what the
 * generated codecs' fast path falls back to when the stored type is not the field's (the slow path,
 * see {@link Casts}), and how the {@code _id} of a document that failed is found. May change at any
 * time. Stateless and thread-safe.
 */
public final class RawValues {
  private RawValues() {}

  private static final BsonDocumentCodec DOCUMENTS = new BsonDocumentCodec();
  private static final DecoderContext CONTEXT = DecoderContext.builder().build();

  /** Reads the value of type {@code type} at the input's position. */
  public static BsonValue read(BsonInput input, byte type) {
    BsonType bsonType = BsonType.findByValue(type);
    if (bsonType == null) {
      throw new BsonSerializationException("unknown BSON type " + type);
    }
    return switch (bsonType) {
      case DOUBLE -> new BsonDouble(input.readDouble());
      case STRING -> new BsonString(input.readString());
      case INT32 -> new BsonInt32(input.readInt32());
      case INT64 -> new BsonInt64(input.readInt64());
      case BOOLEAN -> BsonBoolean.valueOf(input.readByte() != 0);
      case DATE_TIME -> new BsonDateTime(input.readInt64());
      case OBJECT_ID -> new BsonObjectId(input.readObjectId());
      case DECIMAL128 -> new BsonDecimal128(RawBson.readDecimal128(input, type));
      case BINARY -> RawBson.readBinary(input, type);
      case NULL -> BsonNull.VALUE;
      case DOCUMENT -> DOCUMENTS.decode(new BsonBinaryReader(input), CONTEXT);
      case ARRAY ->
          new BsonArray(
              DOCUMENTS.decode(new BsonBinaryReader(input), CONTEXT).values().stream().toList());
      default -> other(input, type);
    };
  }

  /**
   * A value of a type no field is written with (regex, timestamp, code...): its bytes read as a
   * one-key document.
   */
  private static BsonValue other(BsonInput input, byte type) {
    BsonInputMark mark = input.getMark(Integer.MAX_VALUE);
    int start = input.getPosition();
    RawBson.skip(input, type);
    int length = input.getPosition() - start;
    mark.reset();
    ByteBuffer document =
        ByteBuffer.allocate(4 + 1 + 2 + length + 1).order(ByteOrder.LITTLE_ENDIAN);
    document.putInt(document.capacity()).put(type).put((byte) 'v').put((byte) 0);
    byte[] bytes = new byte[length];
    input.readBytes(bytes);
    document.put(bytes).put((byte) 0).flip();
    return DOCUMENTS.decode(new BsonBinaryReader(document), CONTEXT).get("v");
  }

  /**
   * The {@code _id} of the document whose length is at the input's position, as a Java value
   * ({@code ObjectId}, {@code String}, a number, or the BSON value), or {@code null} if it has
   * none. Consumes the input up to the {@code _id}'s value or the document's end.
   */
  public static Object findId(BsonInput input) {
    int end = RawBson.startDocument(input);
    while (input.getPosition() < end) {
      byte type = input.readByte();
      String name = input.readCString();
      if (name.equals("_id")) {
        return BsonValues.toJava(read(input, type));
      }
      RawBson.skip(input, type);
    }
    return null;
  }
}
