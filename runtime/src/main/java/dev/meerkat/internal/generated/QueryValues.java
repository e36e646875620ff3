package dev.meerkat.internal.generated;

import com.mongodb.client.model.Filters;
import dev.meerkat.MeerkatException;
import dev.meerkat.Ref;
import dev.meerkat.Schema;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.bson.BsonRegularExpression;
import org.bson.conversions.Bson;

/**
 * Turns repository method parameters into what the driver encodes, and builds the regular
 * expressions of derived string keywords with the parameter quoted, so a parameter is always a
 * value and never part of the query's syntax. May change at any time. Stateless and thread-safe.
 */
public final class QueryValues {
  /**
   * The very end of the value: {@code $} would also match before a final line break, so {@code
   * EndingWith("da")} would find {@code "ada\n"}.
   */
  private static final String END = "\\z";

  /** Any text, line breaks included ({@code .} stops at one). */
  private static final String ANY_TEXT = "[\\s\\S]*";

  private QueryValues() {}

  /**
   * The value as stored: enums by name, UUIDs as standard binary, {@code @Schema} values through
   * their codec, references as their id, collections and arrays element by element; anything else
   * as is.
   */
  public static Object bson(Object value) {
    if (value == null
        || value instanceof String
        || value instanceof Number
        || value instanceof Boolean) {
      return value;
    }
    if (value instanceof Enum<?> constant) {
      return constant.name();
    }
    if (value instanceof Character c) {
      return c.toString();
    }
    if (value instanceof UUID uuid) {
      return BsonValues.uuidBinary(uuid);
    }
    if (value instanceof Ref<?> ref) {
      return ref.id();
    }
    if (value instanceof Collection<?> || value instanceof Object[]) {
      return list(value);
    }
    if (value instanceof Map<?, ?> || value instanceof Bson) {
      return notOperator(null, value);
    }
    @SuppressWarnings("unchecked")
    Schema<Object> schema = (Schema<Object>) Schemas.schemaOf(value.getClass());
    return schema == null ? value : Documents.toBsonDocument(schema.codec(), value);
  }

  /**
   * {@code value} unchanged, unless it is a regular expression or a document or map with a key that
   * starts with {@code $}: MongoDB reads {@code {path: {$ne: null}}} as an operator, so such a
   * value given for equality would match (update, delete) documents that are not equal to it. No
   * stored map or subdocument has such a key, so it is refused instead.
   *
   * @param path the stored path it is compared with, named in the error; null when not known
   * @throws MeerkatException naming the path and the key
   */
  public static Object notOperator(String path, Object value) {
    if (value instanceof Pattern || value instanceof BsonRegularExpression) {
      throw new MeerkatException(
          "The value "
              + (path == null ? "" : "of `" + path + "` ")
              + "is a regular expression, which MongoDB would match with rather than compare"
              + " with. To match a pattern, use StringPath.regex(...) or build the filter with"
              + " Filter.raw(...).");
    }
    Iterable<?> keys =
        value instanceof Map<?, ?> map
            ? map.keySet()
            : value instanceof Bson bson ? bson.toBsonDocument().keySet() : List.of();
    for (Object key : keys) {
      if (String.valueOf(key).startsWith("$")) {
        throw new MeerkatException(
            "The value "
                + (path == null ? "" : "of `" + path + "` ")
                + "is a document whose key \""
                + key
                + "\" starts with '$', which MongoDB would read as a query operator rather than"
                + " a value to compare with; no stored value has such a key. To mean an operator,"
                + " build the filter with Filter.raw(...); to compare with that document"
                + " literally, use Filter.raw(new Document(path, new Document(\"$eq\", value))).");
      }
    }
    return value;
  }

  /** A collection or array parameter as a list of stored values ({@code $in}, {@code $nin}). */
  public static List<Object> list(Object values) {
    if (values == null) {
      throw new NullPointerException(
          "An In/NotIn parameter must not be null; pass an empty collection instead");
    }
    Iterable<?> items = values instanceof Object[] array ? List.of(array) : (Iterable<?>) values;
    List<Object> out = new ArrayList<>();
    for (Object item : items) {
      out.add(bson(item));
    }
    return out;
  }

  /**
   * {@code { key: { $regex: ^value$, $options: i } }}: equal ignoring case, {@code value} taken
   * literally.
   */
  public static Bson equalsIgnoreCase(String key, String value) {
    return Filters.regex(key, "^" + quote(value) + END, "i");
  }

  /** The pattern of {@code StartingWith}. */
  public static String startingWith(String value) {
    return "^" + quote(value);
  }

  /** The pattern of {@code EndingWith}. */
  public static String endingWith(String value) {
    return quote(value) + END;
  }

  /** The pattern of {@code Containing}. */
  public static String containing(String value) {
    return quote(value);
  }

  /**
   * The pattern of {@code Like}: {@code *} matches any text, line breaks included (as Spring Data
   * MongoDB's {@code Like}), everything else literally, the whole value anchored.
   */
  public static String like(String value) {
    StringBuilder pattern = new StringBuilder("^");
    String[] pieces = requireValue(value).split("\\*", -1);
    for (int i = 0; i < pieces.length; i++) {
      if (i > 0) {
        pattern.append(ANY_TEXT);
      }
      if (!pieces[i].isEmpty()) {
        pattern.append(Pattern.quote(pieces[i]));
      }
    }
    return pattern.append(END).toString();
  }

  private static String quote(String value) {
    return Pattern.quote(requireValue(value));
  }

  private static String requireValue(String value) {
    if (value == null) {
      throw new NullPointerException(
          "A string keyword (StartingWith, Containing, Like...) needs a non-null value");
    }
    return value;
  }
}
