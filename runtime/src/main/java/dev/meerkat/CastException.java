package dev.meerkat;

import java.util.Objects;
import java.util.Optional;
import org.bson.BsonType;
import org.bson.types.ObjectId;

/**
 * A stored value could not be read into its field without losing information: Mongoose's {@code
 * CastError}, raised while reading documents. For example a double {@code 12.7} in an {@code int}
 * field, a string that is not a number, or an enum constant the type does not declare:
 *
 * <pre>
 * Cast to Integer failed for value 12.7 (type double) at path "age" for model "User" (_id: 65f0a1...)
 * </pre>
 *
 * <p>Values convert when nothing is lost (see the README's "Reading data written by others"); this
 * exception is thrown otherwise, never a truncated value. An operation that reads many documents
 * ({@code find().list()}) fails as a whole with the exception of the first bad document. Immutable
 * once constructed; safe to share between threads.
 */
public final class CastException extends MeerkatException {
  private static final long serialVersionUID = 1L;

  private final String modelName;
  private final transient Object documentId;
  private final String path;
  private final String expectedType;
  private final BsonType foundType;
  private final String value;
  private final String appliedWrite;

  /**
   * Creates the exception.
   *
   * @param modelName the model whose document was read
   * @param documentId the top-level {@code _id} of that document, or {@code null} if it has none
   * @param path the dotted path of the value, array indexes included ({@code "address.zip"}, {@code
   *     "tags.3"})
   * @param expectedType the Java type the field needs ({@code "Integer"}, {@code "ObjectId"}, an
   *     enum's name)
   * @param foundType the BSON type that was stored
   * @param value the stored value as text (strings quoted)
   */
  public CastException(
      String modelName,
      Object documentId,
      String path,
      String expectedType,
      BsonType foundType,
      String value) {
    super(message(modelName, documentId, path, expectedType, foundType, value));
    this.modelName = Objects.requireNonNull(modelName, "modelName == null");
    this.documentId = documentId;
    this.path = Objects.requireNonNull(path, "path == null");
    this.expectedType = Objects.requireNonNull(expectedType, "expectedType == null");
    this.foundType = Objects.requireNonNull(foundType, "foundType == null");
    this.value = Objects.requireNonNull(value, "value == null");
    this.appliedWrite = null;
  }

  /** {@link #afterWrite}: the same failure, after {@code operation}'s write was applied. */
  private CastException(CastException read, String operation) {
    super(
        "`"
            + operation
            + "()` applied its write, but the document it returned cannot be read: "
            + read.getMessage()
            + ". Do not retry the operation (the write is stored); read the document through a"
            + " schema that accepts the stored value, or correct the value.",
        read);
    this.modelName = read.modelName;
    this.documentId = read.documentId;
    this.path = read.path;
    this.expectedType = read.expectedType;
    this.foundType = read.foundType;
    this.value = read.value;
    this.appliedWrite = Objects.requireNonNull(operation, "operation == null");
  }

  /**
   * This failure as reported by a write that returns the document it changed ({@code
   * findOneAndUpdate}, {@code findOneAndReplace}, {@code findOneAndDelete}): the write was applied
   * before the returned document failed to read, so the caller must not retry it. The result has
   * the same fields, {@link #appliedWrite()} set, a message that says so, and this exception as its
   * cause.
   *
   * @param operation the write's name, {@code "findOneAndUpdate"}
   */
  public CastException afterWrite(String operation) {
    return new CastException(this, operation);
  }

  /**
   * The write that was applied before this read failed ({@code "findOneAndUpdate"}), or empty when
   * the failure came from a read alone. When present, the change is stored: retrying would apply it
   * again.
   */
  public Optional<String> appliedWrite() {
    return Optional.ofNullable(appliedWrite);
  }

  private static String message(
      String modelName,
      Object documentId,
      String path,
      String expectedType,
      BsonType foundType,
      String value) {
    StringBuilder message =
        new StringBuilder("Cast to ")
            .append(expectedType)
            .append(" failed for value ")
            .append(value)
            .append(" (type ")
            .append(typeName(foundType))
            .append(") at path \"")
            .append(path)
            .append("\" for model \"")
            .append(modelName)
            .append('"');
    if (documentId != null) {
      message
          .append(" (_id: ")
          .append(
              documentId instanceof String s
                  ? '"' + s + '"'
                  : documentId instanceof ObjectId id
                      ? id.toHexString()
                      : String.valueOf(documentId))
          .append(')');
    }
    return message.toString();
  }

  /**
   * The name MongoDB's {@code $type} operator uses for {@code type} ({@code "double"}, {@code
   * "int"}, {@code "string"}, {@code "objectId"}, ...).
   */
  public static String typeName(BsonType type) {
    return switch (type) {
      case DOUBLE -> "double";
      case STRING -> "string";
      case DOCUMENT -> "object";
      case ARRAY -> "array";
      case BINARY -> "binData";
      case UNDEFINED -> "undefined";
      case OBJECT_ID -> "objectId";
      case BOOLEAN -> "bool";
      case DATE_TIME -> "date";
      case NULL -> "null";
      case REGULAR_EXPRESSION -> "regex";
      case DB_POINTER -> "dbPointer";
      case JAVASCRIPT -> "javascript";
      case SYMBOL -> "symbol";
      case JAVASCRIPT_WITH_SCOPE -> "javascriptWithScope";
      case INT32 -> "int";
      case TIMESTAMP -> "timestamp";
      case INT64 -> "long";
      case DECIMAL128 -> "decimal";
      case MIN_KEY -> "minKey";
      case MAX_KEY -> "maxKey";
      case END_OF_DOCUMENT -> "endOfDocument";
    };
  }

  /** The model whose document could not be read ({@code "User"}). */
  public String modelName() {
    return modelName;
  }

  /**
   * The top-level {@code _id} of the document (also for a nested path), or {@code null} if it has
   * none.
   */
  public Object documentId() {
    return documentId;
  }

  /**
   * The dotted path of the value, array indexes included: {@code "age"}, {@code "address.zip"},
   * {@code "tags.3"}.
   */
  public String path() {
    return path;
  }

  /**
   * The Java type the field needs: {@code "Integer"}, {@code "BigDecimal"}, {@code "ObjectId"}, an
   * enum's simple name.
   */
  public String expectedType() {
    return expectedType;
  }

  /** The BSON type of the stored value. */
  public BsonType foundType() {
    return foundType;
  }

  /** The stored value as text, as the message shows it (strings in double quotes). */
  public String value() {
    return value;
  }
}
