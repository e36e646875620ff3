package dev.meerkat.internal.generated;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.bson.BsonValue;

/**
 * The date rows of the cast table ({@link Casts} holds the others): a value of another BSON type
 * read into a date field, as Mongoose's Date cast. May change at any time; for generated code and
 * the runtime only.
 */
public final class DateCasts {
  private DateCasts() {}

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
    BigDecimal number = value.isBoolean() ? null : Casts.exactNumber(value);
    if (number != null) {
      try {
        return number.longValueExact();
      } catch (ArithmeticException fractional) {
        // falls through to the failure
      }
    }
    throw new CastFailure(expectedType, value);
  }

  private static Long isoMillis(String text) {
    try {
      return parseIsoMillis(text);
    } catch (ArithmeticException beyondALongOfMillis) {
      // a year such as +999999999 parses but has no epoch milliseconds
      return null;
    }
  }

  private static Long parseIsoMillis(String text) {
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
}
