package dev.meerkat.benchmarks;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.BsonBinaryReader;
import org.bson.BsonReader;
import org.bson.BsonSerializationException;
import org.bson.BsonType;
import org.bson.BsonWriter;
import org.bson.codecs.Codec;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.EncoderContext;
import org.bson.io.BsonInput;
import org.bson.io.BsonInputMark;

/**
 * An experiment, not a codec users would write: the hand-written codec's decode redone to match
 * field names (and enum constants) on the raw bytes of a {@link BsonBinaryReader}'s input, so no
 * {@code String} is allocated per name. It shows what the technique suggested for the generated
 * codec is worth. Any other {@link BsonReader} falls back to {@link HandWrittenCustomerCodec};
 * encode is the hand-written one's.
 *
 * <p>The reader still opens and closes the top-level document, so its state stays right for the
 * caller; everything between is read from {@link BsonBinaryReader#getBsonInput()}. Stateless and
 * thread-safe (the name scratch buffer is per call).
 */
public final class RawNameCustomerCodec implements Codec<Customer> {
  private static final int UNKNOWN = -1;
  private static final int ID = 0;
  private static final int NAME = 1;
  private static final int EMAIL = 2;
  private static final int AGE = 3;
  private static final int BALANCE = 4;
  private static final int ACTIVE = 5;
  private static final int CREATED_AT = 6;
  private static final int STATUS = 7;
  private static final int ADDRESS = 8;
  private static final int TAGS = 9;
  private static final int COUNTERS = 10;
  private static final byte[][] NAMES =
      bytes(
          "_id",
          "name",
          "email",
          "age",
          "balance",
          "active",
          "createdAt",
          "status",
          "address",
          "tags",
          "counters");

  /** The BSON type each field must hold, by field index. */
  private static final BsonType[] TYPES = {
    BsonType.OBJECT_ID,
    BsonType.STRING,
    BsonType.STRING,
    BsonType.INT32,
    BsonType.DOUBLE,
    BsonType.BOOLEAN,
    BsonType.DATE_TIME,
    BsonType.STRING,
    BsonType.DOCUMENT,
    BsonType.ARRAY,
    BsonType.DOCUMENT
  };

  private static final byte[][] ADDRESS_NAMES = bytes("street", "city", "zip");
  private static final Status[] STATUSES = Status.values();
  private static final byte[][] STATUS_NAMES = bytes("PENDING", "ACTIVE", "CLOSED");

  private final HandWrittenCustomerCodec plain = new HandWrittenCustomerCodec();

  @Override
  public void encode(BsonWriter writer, Customer value, EncoderContext context) {
    plain.encode(writer, value, context);
  }

  @Override
  public Customer decode(BsonReader reader, DecoderContext context) {
    if (!(reader instanceof BsonBinaryReader binary)) {
      return plain.decode(reader, context);
    }
    BsonInput in = binary.getBsonInput();
    BsonInputMark beforeSize = in.getMark(4);
    int terminator = in.getPosition() + in.readInt32() - 1;
    beforeSize.reset();
    reader.readStartDocument();
    Customer customer = decodeFields(in, terminator, new byte[32]);
    reader.readBsonType(); // the terminator: END_OF_DOCUMENT
    reader.readEndDocument();
    return customer;
  }

  private static Customer decodeFields(BsonInput in, int terminator, byte[] scratch) {
    Customer c = new Customer();
    while (in.getPosition() < terminator) {
      BsonType type = RawBson.type(in.readByte());
      int field = field(scratch, RawBson.readName(in, scratch));
      if (field == UNKNOWN || type == BsonType.NULL) {
        RawBson.skipValue(in, type);
        continue;
      }
      RawBson.expect(type, TYPES[field], NAMES[field]);
      switch (field) {
        case ID -> c.setId(in.readObjectId());
        case NAME -> c.setName(in.readString());
        case EMAIL -> c.setEmail(in.readString());
        case AGE -> c.setAge(in.readInt32());
        case BALANCE -> c.setBalance(in.readDouble());
        case ACTIVE -> c.setActive(in.readByte() != 0);
        case CREATED_AT -> c.setCreatedAt(Instant.ofEpochMilli(in.readInt64()));
        case STATUS -> c.setStatus(readStatus(in, scratch));
        case ADDRESS -> c.setAddress(readAddress(in, scratch));
        case TAGS -> c.setTags(readTags(in));
        case COUNTERS -> c.setCounters(readCounters(in));
        default -> throw new IllegalStateException("unmapped field " + field);
      }
    }
    return c;
  }

  /** Which field the name in {@code scratch} is: a switch on length, then a byte comparison. */
  private static int field(byte[] s, int n) {
    return switch (n) {
      case 3 -> RawBson.is(s, n, NAMES[ID]) ? ID : RawBson.is(s, n, NAMES[AGE]) ? AGE : UNKNOWN;
      case 4 ->
          RawBson.is(s, n, NAMES[NAME]) ? NAME : RawBson.is(s, n, NAMES[TAGS]) ? TAGS : UNKNOWN;
      case 5 -> RawBson.is(s, n, NAMES[EMAIL]) ? EMAIL : UNKNOWN;
      case 6 ->
          RawBson.is(s, n, NAMES[ACTIVE])
              ? ACTIVE
              : RawBson.is(s, n, NAMES[STATUS]) ? STATUS : UNKNOWN;
      case 7 ->
          RawBson.is(s, n, NAMES[BALANCE])
              ? BALANCE
              : RawBson.is(s, n, NAMES[ADDRESS]) ? ADDRESS : UNKNOWN;
      case 8 -> RawBson.is(s, n, NAMES[COUNTERS]) ? COUNTERS : UNKNOWN;
      case 9 -> RawBson.is(s, n, NAMES[CREATED_AT]) ? CREATED_AT : UNKNOWN;
      default -> UNKNOWN;
    };
  }

  /** An enum constant matched on the string's bytes: no {@code String}, no {@code valueOf}. */
  private static Status readStatus(BsonInput in, byte[] scratch) {
    int length = in.readInt32() - 1;
    if (length > scratch.length) {
      throw new BsonSerializationException("Field 'status' holds an unknown Status constant");
    }
    in.readBytes(scratch, 0, length);
    in.readByte(); // the string's terminating 0
    for (int i = 0; i < STATUSES.length; i++) {
      if (RawBson.is(scratch, length, STATUS_NAMES[i])) {
        return STATUSES[i];
      }
    }
    throw new BsonSerializationException(
        "Field 'status' holds '"
            + new String(scratch, 0, length, UTF_8)
            + "', not a Status constant");
  }

  private static Address readAddress(BsonInput in, byte[] scratch) {
    Address a = new Address();
    in.readInt32(); // size: the terminator ends the loop
    for (byte tag; (tag = in.readByte()) != 0; ) {
      BsonType type = RawBson.type(tag);
      int n = RawBson.readName(in, scratch);
      if (type != BsonType.STRING) {
        RawBson.skipValue(in, type);
      } else if (RawBson.is(scratch, n, ADDRESS_NAMES[0])) {
        a.setStreet(in.readString());
      } else if (RawBson.is(scratch, n, ADDRESS_NAMES[1])) {
        a.setCity(in.readString());
      } else if (RawBson.is(scratch, n, ADDRESS_NAMES[2])) {
        a.setZip(in.readString());
      } else {
        RawBson.skipValue(in, type);
      }
    }
    return a;
  }

  private static List<String> readTags(BsonInput in) {
    List<String> tags = new ArrayList<>();
    in.readInt32();
    for (byte tag; (tag = in.readByte()) != 0; ) {
      in.skipCString(); // array index
      RawBson.expect(RawBson.type(tag), BsonType.STRING, NAMES[TAGS]);
      tags.add(in.readString());
    }
    return tags;
  }

  private static Map<String, Integer> readCounters(BsonInput in) {
    Map<String, Integer> counters = new LinkedHashMap<>();
    in.readInt32();
    for (byte tag; (tag = in.readByte()) != 0; ) {
      String key = in.readCString(); // keys are data here: the String is needed
      RawBson.expect(RawBson.type(tag), BsonType.INT32, NAMES[COUNTERS]);
      counters.put(key, in.readInt32());
    }
    return counters;
  }

  private static byte[][] bytes(String... names) {
    byte[][] result = new byte[names.length][];
    for (int i = 0; i < names.length; i++) {
      result[i] = names[i].getBytes(UTF_8);
    }
    return result;
  }

  @Override
  public Class<Customer> getEncoderClass() {
    return Customer.class;
  }
}
