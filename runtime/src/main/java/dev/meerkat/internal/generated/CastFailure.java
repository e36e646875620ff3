package dev.meerkat.internal.generated;

import dev.meerkat.CastException;
import java.util.ArrayDeque;
import java.util.Deque;
import org.bson.BsonDocument;
import org.bson.BsonType;
import org.bson.BsonValue;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;

/**
 * A stored value that does not convert to its field's type, on its way up from the reader that
 * found it to the top-level decode, which turns it into a {@link CastException} naming the model
 * and the document's {@code _id}. Each enclosing field, array element and map entry prepends its
 * key on the way. Internal to generated codecs (no stack trace: it never reaches users). May change
 * at any time. Not thread-safe; lives on one decoding thread.
 */
public final class CastFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private static final int MAX_VALUE_LENGTH = 120;
  private static final JsonWriterSettings JSON =
      JsonWriterSettings.builder().outputMode(JsonMode.RELAXED).build();

  /** What a Set element or map key must be that reads as an earlier one. */
  static final String DISTINCT = " that differs from the earlier ones";

  private final String expectedType;
  private final transient BsonValue value;
  private final BsonType foundType;
  private final String shown;
  private final Deque<String> path = new ArrayDeque<>();

  /** The stored {@code value} is not a valid {@code expectedType} (the Java type's simple name). */
  public CastFailure(String expectedType, BsonValue value) {
    this(expectedType, value, value.getBsonType(), null);
  }

  private CastFailure(String expectedType, BsonValue value, BsonType foundType, String shown) {
    super(expectedType, null, false, false);
    this.expectedType = expectedType;
    this.value = value;
    this.foundType = foundType;
    this.shown = shown;
  }

  /**
   * A Set element, stored as {@code storedType}, that reads as {@code read}, as an earlier element
   * did: the Set would hold one of them, and a save would store one, so it is refused rather than
   * dropped (stored {@code [1, "1"]} in a {@code Set<Integer>}).
   */
  public static CastFailure duplicate(BsonType storedType, Object read) {
    String shown = read instanceof String s ? '"' + s + '"' : String.valueOf(read);
    return new CastFailure("a Set element" + DISTINCT, null, storedType, shown);
  }

  /** A value of {@code expectedType} is needed where the document has none. */
  public static CastFailure missing(String expectedType) {
    return new CastFailure(expectedType, null, BsonType.UNDEFINED, "undefined");
  }

  /** {@link #duplicate}, with the stored type as its type byte. */
  public static CastFailure duplicate(byte storedType, Object read) {
    return duplicate(BsonType.findByValue(storedType), read);
  }

  /** Prepends the key of the enclosing field or map entry; returns this failure to rethrow. */
  public CastFailure at(String key) {
    path.addFirst(key);
    return this;
  }

  /** Prepends the index of the enclosing array element; returns this failure to rethrow. */
  public CastFailure at(int index) {
    path.addFirst(Integer.toString(index));
    return this;
  }

  /** The dotted path gathered so far. */
  public String path() {
    return String.join(".", path);
  }

  /**
   * The exception users see: this failure in document {@code documentId} of model {@code
   * modelName}.
   */
  public CastException toException(String modelName, Object documentId) {
    return new CastException(
        modelName,
        documentId,
        path(),
        expectedType,
        foundType,
        shown != null ? shown : render(value));
  }

  /** The value as the message shows it: strings quoted, numbers plain, the rest as relaxed JSON. */
  static String render(BsonValue value) {
    String text =
        switch (value.getBsonType()) {
          case STRING -> '"' + value.asString().getValue() + '"';
          case INT32 -> Integer.toString(value.asInt32().getValue());
          case INT64 -> Long.toString(value.asInt64().getValue());
          case DOUBLE -> Double.toString(value.asDouble().getValue());
          case DECIMAL128 -> value.asDecimal128().getValue().toString();
          case BOOLEAN -> Boolean.toString(value.asBoolean().getValue());
          case OBJECT_ID -> value.asObjectId().getValue().toHexString();
          case NULL -> "null";
          default -> json(value);
        };
    return text.length() > MAX_VALUE_LENGTH ? text.substring(0, MAX_VALUE_LENGTH) + "..." : text;
  }

  private static String json(BsonValue value) {
    if (value.getBsonType() == BsonType.DOCUMENT) {
      return value.asDocument().toJson(JSON);
    }
    String wrapped = new BsonDocument("v", value).toJson(JSON);
    // {"v": <value>}
    return wrapped.substring(wrapped.indexOf(':') + 1, wrapped.length() - 1).trim();
  }
}
