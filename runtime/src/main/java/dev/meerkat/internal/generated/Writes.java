package dev.meerkat.internal.generated;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.UUID;
import org.bson.BsonBinary;
import org.bson.BsonWriter;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;

/**
 * Writes one named field of a generated encoder, or nothing when the value is null (Meerkat never
 * writes a null field). Each method is a null check and the writer's own calls, small enough for
 * the JIT to inline into the generated encoder. May change at any time. Stateless and thread-safe.
 */
public final class Writes {
  private Writes() {}

  /** A string. */
  public static void string(BsonWriter writer, String name, String value) {
    if (value != null) {
      writer.writeString(name, value);
    }
  }

  /** A character, as a one-character string. */
  public static void character(BsonWriter writer, String name, Character value) {
    if (value != null) {
      writer.writeString(name, value.toString());
    }
  }

  /** A boolean. */
  public static void bool(BsonWriter writer, String name, Boolean value) {
    if (value != null) {
      writer.writeBoolean(name, value);
    }
  }

  /** An int, short or byte, as an INT32. */
  public static void int32(BsonWriter writer, String name, Number value) {
    if (value != null) {
      writer.writeInt32(name, value.intValue());
    }
  }

  /** A long, as an INT64. */
  public static void int64(BsonWriter writer, String name, Long value) {
    if (value != null) {
      writer.writeInt64(name, value);
    }
  }

  /** A double or float, as a DOUBLE. */
  public static void float64(BsonWriter writer, String name, Number value) {
    if (value != null) {
      writer.writeDouble(name, value.doubleValue());
    }
  }

  /** An ObjectId. */
  public static void objectId(BsonWriter writer, String name, ObjectId value) {
    if (value != null) {
      writer.writeObjectId(name, value);
    }
  }

  /** An Instant, as a date in epoch milliseconds. */
  public static void instant(BsonWriter writer, String name, Instant value) {
    if (value != null) {
      writer.writeDateTime(name, value.toEpochMilli());
    }
  }

  /** A Date. */
  public static void date(BsonWriter writer, String name, Date value) {
    if (value != null) {
      writer.writeDateTime(name, value.getTime());
    }
  }

  /** A LocalDate, as a date at midnight UTC. */
  public static void localDate(BsonWriter writer, String name, LocalDate value) {
    if (value != null) {
      writer.writeDateTime(name, BsonValues.toMillis(value));
    }
  }

  /** A LocalDateTime, as a date at UTC. */
  public static void localDateTime(BsonWriter writer, String name, LocalDateTime value) {
    if (value != null) {
      writer.writeDateTime(name, BsonValues.toMillis(value));
    }
  }

  /** An OffsetDateTime, as the instant it names (the offset is not stored). */
  public static void offsetDateTime(BsonWriter writer, String name, OffsetDateTime value) {
    if (value != null) {
      writer.writeDateTime(name, value.toInstant().toEpochMilli());
    }
  }

  /** A ZonedDateTime, as the instant it names (the zone is not stored). */
  public static void zonedDateTime(BsonWriter writer, String name, ZonedDateTime value) {
    if (value != null) {
      writer.writeDateTime(name, value.toInstant().toEpochMilli());
    }
  }

  /** A BigDecimal, as a DECIMAL128. */
  public static void bigDecimal(BsonWriter writer, String name, BigDecimal value) {
    if (value != null) {
      writer.writeDecimal128(name, new Decimal128(value));
    }
  }

  /** A Decimal128. */
  public static void decimal128(BsonWriter writer, String name, Decimal128 value) {
    if (value != null) {
      writer.writeDecimal128(name, value);
    }
  }

  /** A UUID, as binary subtype 4. */
  public static void uuid(BsonWriter writer, String name, UUID value) {
    if (value != null) {
      writer.writeName(name);
      BsonValues.writeUuid(writer, value);
    }
  }

  /** A byte array, as a generic binary. */
  public static void bytes(BsonWriter writer, String name, byte[] value) {
    if (value != null) {
      writer.writeBinaryData(name, new BsonBinary(value));
    }
  }

  /** An enum, as its constant's name. */
  public static void enumName(BsonWriter writer, String name, Enum<?> value) {
    if (value != null) {
      writer.writeString(name, value.name());
    }
  }
}
