package dev.meerkat.internal.generated;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.bson.BsonBinarySubType;
import org.bson.BsonInt32;
import org.bson.BsonValue;
import org.bson.UuidRepresentation;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;

/**
 * The slow path of generated codecs: converts a stored value whose BSON type is not the one a field
 * is written with, as Mongoose's casts do, but only when nothing is lost. Anything else is a {@link
 * CastFailure}; nothing is ever truncated or rounded away. The README's "Reading data written by
 * others" lists the table. May change at any time. Stateless and thread-safe.
 */
public final class Casts {
  private Casts() {}

  private static final Set<String> TRUE = Set.of("true", "1", "yes");
  private static final Set<String> FALSE = Set.of("false", "0", "no");
  private static final Pattern UUID_TEXT =
      Pattern.compile(
          "[0-9a-f]{8}-[0-9a-f]{4}-[0-9][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}",
          Pattern.CASE_INSENSITIVE);

  /** The largest magnitude below which every long is exactly a double. */
  private static final long EXACT_DOUBLE = 1L << 53;

  /** An {@code int}: any number or numeric string with an integral value in range. */
  public static int toInt(BsonValue value) {
    return (int) integral(value, Integer.MIN_VALUE, Integer.MAX_VALUE, "Integer");
  }

  /** A {@code long}: any number or numeric string with an integral value in range. */
  public static long toLong(BsonValue value) {
    return integral(value, Long.MIN_VALUE, Long.MAX_VALUE, "Long");
  }

  /** A {@code short}. */
  public static short toShort(BsonValue value) {
    return (short) integral(value, Short.MIN_VALUE, Short.MAX_VALUE, "Short");
  }

  /** A {@code byte}. */
  public static byte toByte(BsonValue value) {
    return (byte) integral(value, Byte.MIN_VALUE, Byte.MAX_VALUE, "Byte");
  }

  /** An int32 that must fit a {@code short}. */
  public static short toShort(int stored) {
    if (stored != (short) stored) {
      throw new CastFailure("Short", new BsonInt32(stored));
    }
    return (short) stored;
  }

  /** An int32 that must fit a {@code byte}. */
  public static byte toByte(int stored) {
    if (stored != (byte) stored) {
      throw new CastFailure("Byte", new BsonInt32(stored));
    }
    return (byte) stored;
  }

  private static long integral(BsonValue value, long min, long max, String expected) {
    BigDecimal number = number(value);
    if (number != null) {
      try {
        long result = number.longValueExact();
        if (result >= min && result <= max) {
          return result;
        }
      } catch (ArithmeticException fractionalOrTooLarge) {
        // falls through to the failure
      }
    }
    throw new CastFailure(expected, value);
  }

  /** A {@code double}: a number or numeric string whose value a double holds exactly as written. */
  public static double toDouble(BsonValue value) {
    return toDouble(value, "Double");
  }

  /**
   * A {@code float}: as {@link #toDouble}, then rounded to the nearest float as a stored double is.
   */
  public static float toFloat(BsonValue value) {
    return (float) toDouble(value, "Float");
  }

  private static double toDouble(BsonValue value, String expected) {
    if (value.isInt64()) {
      long stored = value.asInt64().getValue();
      if (stored > -EXACT_DOUBLE && stored < EXACT_DOUBLE) {
        return stored;
      }
      throw new CastFailure(expected, value);
    }
    BigDecimal number = number(value);
    if (number != null) {
      double result = number.doubleValue();
      if (Double.isFinite(result)
          && new BigDecimal(Double.toString(result)).compareTo(number) == 0) {
        return result;
      }
    }
    throw new CastFailure(expected, value);
  }

  /**
   * A {@code BigDecimal}: any finite number (doubles as their shortest decimal form) or numeric
   * string.
   */
  public static BigDecimal toBigDecimal(BsonValue value) {
    BigDecimal number = value.isBoolean() ? null : number(value);
    if (number == null) {
      throw new CastFailure("BigDecimal", value);
    }
    return number;
  }

  /** A {@code Decimal128}: as {@link #toBigDecimal}, within Decimal128's 34 digits. */
  public static Decimal128 toDecimal128(BsonValue value) {
    BigDecimal number = value.isBoolean() ? null : number(value);
    if (number != null) {
      try {
        return new Decimal128(number);
      } catch (NumberFormatException | ArithmeticException inexact) {
        // falls through to the failure
      }
    }
    throw new CastFailure("Decimal128", value);
  }

  /**
   * The exact value of a number, a numeric string (trimmed, as JavaScript's {@code Number()}) or a
   * boolean (1 or 0, as Mongoose's Number cast); {@code null} for anything else.
   */
  private static BigDecimal number(BsonValue value) {
    switch (value.getBsonType()) {
      case INT32:
        return BigDecimal.valueOf(value.asInt32().getValue());
      case INT64:
        return BigDecimal.valueOf(value.asInt64().getValue());
      case DOUBLE:
        double d = value.asDouble().getValue();
        return Double.isFinite(d) ? new BigDecimal(Double.toString(d)) : null;
      case DECIMAL128:
        Decimal128 decimal = value.asDecimal128().getValue();
        return decimal.isNaN() || decimal.isInfinite() ? null : decimal.bigDecimalValue();
      case BOOLEAN:
        return value.asBoolean().getValue() ? BigDecimal.ONE : BigDecimal.ZERO;
      case STRING:
        return parse(value.asString().getValue());
      default:
        return null;
    }
  }

  private static BigDecimal parse(String text) {
    String trimmed = text.strip();
    if (trimmed.isEmpty()) {
      return null;
    }
    try {
      return new BigDecimal(trimmed);
    } catch (NumberFormatException notANumber) {
      return null;
    }
  }

  /**
   * A {@code boolean}: {@code true}, "true", "1", "yes", 1 and their opposites, as Mongoose's
   * Boolean cast.
   */
  public static boolean toBoolean(BsonValue value) {
    if (value.isString()) {
      String text = value.asString().getValue();
      if (TRUE.contains(text)) {
        return true;
      }
      if (FALSE.contains(text)) {
        return false;
      }
    } else if (value.isNumber() || value.isDecimal128()) {
      BigDecimal number = number(value);
      if (number != null && number.compareTo(BigDecimal.ONE) == 0) {
        return true;
      }
      if (number != null && number.signum() == 0) {
        return false;
      }
    }
    throw new CastFailure("Boolean", value);
  }

  /**
   * A {@code String}: numbers (JavaScript's form for integral doubles), decimals, ObjectIds and
   * booleans as text.
   */
  public static String toText(BsonValue value) {
    return switch (value.getBsonType()) {
      case INT32 -> Integer.toString(value.asInt32().getValue());
      case INT64 -> Long.toString(value.asInt64().getValue());
      case DOUBLE -> doubleText(value.asDouble().getValue());
      case DECIMAL128 -> value.asDecimal128().getValue().toString();
      case OBJECT_ID -> value.asObjectId().getValue().toHexString();
      case BOOLEAN -> Boolean.toString(value.asBoolean().getValue());
      case SYMBOL -> value.asSymbol().getSymbol();
      default -> throw new CastFailure("String", value);
    };
  }

  private static String doubleText(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e21 ? Long.toString((long) d) : Double.toString(d);
  }

  /** A {@code char}: a one-character string. */
  public static char toChar(BsonValue value) {
    if (value.isString() && value.asString().getValue().length() == 1) {
      return value.asString().getValue().charAt(0);
    }
    throw new CastFailure("Character", value);
  }

  /** An {@code ObjectId}: its 24-digit hex string, as Mongoose's ObjectId cast. */
  public static ObjectId toObjectId(BsonValue value) {
    if (value.isString() && ObjectId.isValid(value.asString().getValue())) {
      return new ObjectId(value.asString().getValue());
    }
    throw new CastFailure("ObjectId", value);
  }

  /**
   * Epoch milliseconds for a date field ({@code expectedType} names it): integral numbers as epoch
   * milliseconds, numeric strings likewise, and ISO-8601 strings (with an offset, or else read as
   * UTC).
   */
  public static long toMillis(BsonValue value, String expectedType) {
    if (value.isString()) {
      String text = value.asString().getValue().strip();
      Long millis = isoMillis(text);
      if (millis != null) {
        return millis;
      }
    }
    if (!value.isBoolean() && number(value) != null) {
      try {
        return number(value).longValueExact();
      } catch (ArithmeticException fractional) {
        // falls through to the failure
      }
    }
    throw new CastFailure(expectedType, value);
  }

  private static Long isoMillis(String text) {
    try {
      return OffsetDateTime.parse(text).toInstant().toEpochMilli();
    } catch (DateTimeParseException notWithOffset) {
      // try the forms without an offset
    }
    try {
      return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC).toEpochMilli();
    } catch (DateTimeParseException notLocal) {
      // try a date alone
    }
    try {
      return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    } catch (DateTimeParseException notADate) {
      return null;
    }
  }

  /** An {@code Instant}. */
  public static Instant toInstant(BsonValue value) {
    return Instant.ofEpochMilli(toMillis(value, "Instant"));
  }

  /**
   * A {@code UUID}: a binary of subtype 3 or 4, or the UUID's text form, as Mongoose's UUID cast.
   */
  public static UUID toUuid(BsonValue value) {
    if (value.isString() && UUID_TEXT.matcher(value.asString().getValue()).matches()) {
      return UUID.fromString(value.asString().getValue().toLowerCase(Locale.ROOT));
    }
    if (value.isBinary()) {
      byte subtype = value.asBinary().getType();
      if (subtype == BsonBinarySubType.UUID_STANDARD.getValue()) {
        return value.asBinary().asUuid(UuidRepresentation.STANDARD);
      }
      if (subtype == BsonBinarySubType.UUID_LEGACY.getValue()) {
        return value.asBinary().asUuid(UuidRepresentation.JAVA_LEGACY);
      }
    }
    throw new CastFailure("UUID", value);
  }

  /**
   * The failure for a value of the wrong kind altogether (a string for a subdocument, a number for
   * a list).
   */
  public static CastFailure mismatch(String expectedType, BsonValue value) {
    return new CastFailure(expectedType, value);
  }
}
