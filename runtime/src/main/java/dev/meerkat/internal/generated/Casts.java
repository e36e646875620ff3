package dev.meerkat.internal.generated;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.bson.BsonBinarySubType;
import org.bson.BsonDecimal128;
import org.bson.BsonDouble;
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
    BigDecimal number = exactNumber(value);
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
   * A {@code float} from a stored double, rounded to the nearest float; a finite non-zero double
   * beyond a float's range (which would read as an infinity or as zero) is a {@link CastFailure}.
   * Cheap enough for the fast path: the check runs only when the float is zero or infinite.
   */
  public static float toFloat(double stored) {
    float result = (float) stored;
    if ((result == 0 || Float.isInfinite(result)) && result != stored) {
      throw new CastFailure("Float", new BsonDouble(stored));
    }
    return result;
  }

  /**
   * A {@code float} from any other type: a number or numeric string whose value a float holds
   * exactly or as written ({@code "0.1"}), as {@link #toDouble} for a double; never rounded.
   */
  public static float toFloat(BsonValue value) {
    if (value.isDouble()) {
      return toFloat(value.asDouble().getValue());
    }
    BigDecimal number = exactNumber(value);
    if (number != null) {
      float result = number.floatValue();
      if (Float.isFinite(result)
          && (new BigDecimal(result).compareTo(number) == 0
              || new BigDecimal(Float.toString(result)).compareTo(number) == 0)) {
        return result == 0 && negativeZero(value) ? -0.0f : result;
      }
    }
    throw new CastFailure("Float", value);
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
        return result == 0 && negativeZero(value) ? -0.0 : result;
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
        return decimal.isNaN() || decimal.isInfinite() ? null : toBigDecimal(decimal);
      case BOOLEAN:
        return value.asBoolean().getValue() ? BigDecimal.ONE : BigDecimal.ZERO;
      case STRING:
        return parse(value.asString().getValue());
      default:
        return null;
    }
  }

  /**
   * As {@link #number}, but a double as its exact binary value rather than its shortest decimal
   * form, for integral types: a double {@code 2^60} is {@code 1152921504606846976}, not {@code
   * 1152921504606846980}, and {@code 12.7} still has a fraction.
   */
  static BigDecimal exactNumber(BsonValue value) {
    if (value.isDouble()) {
      double d = value.asDouble().getValue();
      return Double.isFinite(d) ? new BigDecimal(d) : null;
    }
    return number(value);
  }

  /** Whether a value that is numerically zero carries a minus sign (a decimal or text "-0"). */
  private static boolean negativeZero(BsonValue value) {
    return value.isDecimal128()
        ? value.asDecimal128().getValue().isNegative()
        : value.isString() && value.asString().getValue().strip().startsWith("-");
  }

  /**
   * A finite decimal as a {@code BigDecimal}; NaN and the infinities are a {@link CastFailure}, and
   * a negative zero ({@code -0}, {@code -0.00}), which {@code BigDecimal} cannot hold, is zero at
   * the same scale.
   */
  public static BigDecimal toBigDecimal(Decimal128 decimal) {
    if (decimal.isNaN() || decimal.isInfinite()) {
      throw new CastFailure("BigDecimal", new BsonDecimal128(decimal));
    }
    try {
      return decimal.bigDecimalValue();
    } catch (ArithmeticException negativeZero) {
      return Decimal128.fromIEEE754BIDEncoding(decimal.getHigh() & Long.MAX_VALUE, decimal.getLow())
          .bigDecimalValue();
    }
  }

  /**
   * Whether {@code text} holds only the characters of a JavaScript number literal: {@code
   * BigDecimal} alone also reads other scripts' digits ({@code "\u0661\u0662"} as 12), which {@code
   * Number()} and Mongoose reject.
   */
  private static boolean asciiNumber(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c < '0' || c > '9') && c != '.' && c != '-' && c != '+' && c != 'e' && c != 'E') {
        return false;
      }
    }
    return true;
  }

  private static BigDecimal parse(String text) {
    String trimmed = text.strip();
    if (trimmed.isEmpty() || !asciiNumber(trimmed)) {
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

  /**
   * A double as JavaScript's {@code String()} prints it, for integral values below 1e21: all their
   * digits ({@code 1e20} is {@code "100000000000000000000"}, not a long's saturated maximum).
   */
  private static String doubleText(double d) {
    if (d != Math.rint(d) || Math.abs(d) >= 1e21) {
      return Double.toString(d);
    }
    return Math.abs(d) < EXACT_DOUBLE
        ? Long.toString((long) d)
        : new BigDecimal(Double.toString(d)).toPlainString();
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
   * A {@code UUID}: a binary of subtype 3 or 4, or the UUID's text form, as Mongoose's UUID cast.
   */
  public static UUID toUuid(BsonValue value) {
    if (value.isString() && UUID_TEXT.matcher(value.asString().getValue()).matches()) {
      return UUID.fromString(value.asString().getValue().toLowerCase(Locale.ROOT));
    }
    if (value.isBinary() && value.asBinary().getData().length == 16) {
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
