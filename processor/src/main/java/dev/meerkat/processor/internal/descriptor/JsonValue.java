package dev.meerkat.processor.internal.descriptor;

import java.util.List;

/**
 * A parsed {@code @Query} JSON value: MongoDB's relaxed JSON with parameter placeholders.
 * Immutable.
 */
public sealed interface JsonValue {

  /** A document; members in order. */
  record JObject(List<Member> members) implements JsonValue {
    /** Copies the members. */
    public JObject {
      members = List.copyOf(members);
    }
  }

  /**
   * One member of a document.
   *
   * @param key the key as written
   * @param value its value
   * @param offset where the key starts in the source, for messages
   */
  record Member(String key, JsonValue value, int offset) {}

  /** An array. */
  record JArray(List<JsonValue> elements) implements JsonValue {
    /** Copies the elements. */
    public JArray {
      elements = List.copyOf(elements);
    }
  }

  /** A string. */
  record JString(String value) implements JsonValue {}

  /** A number as written; {@code integral} when it has no fraction or exponent. */
  record JNumber(String literal, boolean integral) implements JsonValue {}

  /** {@code true} or {@code false}. */
  record JBoolean(boolean value) implements JsonValue {}

  /** {@code null}. */
  record JNull() implements JsonValue {}

  /**
   * A placeholder ({@code ?0}, {@code :name}) and, once checked, the method parameter it binds.
   *
   * @param placeholder as written
   * @param parameter the parameter's name, or null before the check
   * @param offset where it starts in the source
   */
  record JParam(String placeholder, String parameter, int offset) implements JsonValue {}
}
