package dev.meerkat.processor.internal.validation;

import dev.meerkat.processor.internal.descriptor.JsonValue;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses the JSON of {@code @Query}: MongoDB shell syntax as users write it in annotations, so keys
 * may be unquoted or single-quoted, strings single- or double-quoted, and {@code ?0} or {@code
 * :name} stand for a parameter wherever a value may appear.
 */
final class RelaxedJson {
  private final String text;
  private int position;

  private RelaxedJson(String text) {
    this.text = text;
  }

  /** A syntax error at {@code offset}. */
  static final class SyntaxError extends Exception {
    private static final long serialVersionUID = 1L;
    private final int offset;

    SyntaxError(int offset, String message) {
      super(message, null, false, false);
      this.offset = offset;
    }

    int offset() {
      return offset;
    }
  }

  /** Parses a whole document. */
  static JsonValue.JObject parseDocument(String text) throws SyntaxError {
    RelaxedJson parser = new RelaxedJson(text);
    parser.skipSpace();
    if (parser.peek() != '{') {
      throw new SyntaxError(parser.position, "expected a document starting with {");
    }
    JsonValue.JObject document = (JsonValue.JObject) parser.value();
    parser.skipSpace();
    if (parser.position < text.length()) {
      throw new SyntaxError(parser.position, "unexpected text after the document");
    }
    return document;
  }

  private JsonValue value() throws SyntaxError {
    skipSpace();
    char c = peek();
    int start = position;
    if (c == '{') {
      return object();
    }
    if (c == '[') {
      return array();
    }
    if (c == '"' || c == '\'') {
      return new JsonValue.JString(string());
    }
    if (c == '?') {
      position++;
      String digits = scan(Character::isDigit);
      if (digits.isEmpty()) {
        throw new SyntaxError(start, "? must be followed by a parameter index, e.g. ?0");
      }
      return new JsonValue.JParam("?" + digits, null, start);
    }
    if (c == ':') {
      position++;
      String name = scan(Character::isJavaIdentifierPart);
      if (name.isEmpty()) {
        throw new SyntaxError(start, ": must be followed by a parameter name, e.g. :name");
      }
      return new JsonValue.JParam(":" + name, null, start);
    }
    if (c == '-' || Character.isDigit(c)) {
      String number =
          scan(
              ch ->
                  Character.isDigit(ch)
                      || ch == '-'
                      || ch == '+'
                      || ch == '.'
                      || ch == 'e'
                      || ch == 'E');
      try {
        Double.parseDouble(number);
      } catch (NumberFormatException e) {
        throw new SyntaxError(start, "invalid number " + number);
      }
      return new JsonValue.JNumber(number, number.matches("-?\\d+"));
    }
    String word = scan(Character::isJavaIdentifierPart);
    return switch (word) {
      case "true" -> new JsonValue.JBoolean(true);
      case "false" -> new JsonValue.JBoolean(false);
      case "null" -> new JsonValue.JNull();
      default ->
          throw new SyntaxError(
              start, word.isEmpty() ? "unexpected " + describe(c) : "unknown value " + word);
    };
  }

  private JsonValue.JObject object() throws SyntaxError {
    position++;
    List<JsonValue.Member> members = new ArrayList<>();
    skipSpace();
    if (peek() == '}') {
      position++;
      return new JsonValue.JObject(members);
    }
    while (true) {
      skipSpace();
      int keyStart = position;
      char c = peek();
      String key;
      if (c == '"' || c == '\'') {
        key = string();
      } else {
        key = scan(ch -> Character.isJavaIdentifierPart(ch) || ch == '.' || ch == '$');
        if (key.isEmpty()) {
          throw new SyntaxError(keyStart, "expected a key, found " + describe(c));
        }
      }
      skipSpace();
      expect(':');
      members.add(new JsonValue.Member(key, value(), keyStart));
      skipSpace();
      if (peek() == ',') {
        position++;
      } else if (peek() == '}') {
        position++;
        return new JsonValue.JObject(members);
      } else {
        throw new SyntaxError(position, "expected , or } but found " + describe(peek()));
      }
    }
  }

  private JsonValue.JArray array() throws SyntaxError {
    position++;
    List<JsonValue> elements = new ArrayList<>();
    skipSpace();
    if (peek() == ']') {
      position++;
      return new JsonValue.JArray(elements);
    }
    while (true) {
      elements.add(value());
      skipSpace();
      if (peek() == ',') {
        position++;
      } else if (peek() == ']') {
        position++;
        return new JsonValue.JArray(elements);
      } else {
        throw new SyntaxError(position, "expected , or ] but found " + describe(peek()));
      }
    }
  }

  private String string() throws SyntaxError {
    char quote = text.charAt(position);
    int start = position++;
    StringBuilder out = new StringBuilder();
    while (position < text.length()) {
      char c = text.charAt(position++);
      if (c == quote) {
        return out.toString();
      }
      if (c == '\\' && position < text.length()) {
        char escaped = text.charAt(position++);
        switch (escaped) {
          case 'n' -> out.append('\n');
          case 't' -> out.append('\t');
          case 'r' -> out.append('\r');
          case 'u' -> {
            if (position + 4 > text.length()) {
              throw new SyntaxError(position, "incomplete \\u escape");
            }
            out.append((char) Integer.parseInt(text.substring(position, position + 4), 16));
            position += 4;
          }
          default -> out.append(escaped);
        }
      } else {
        out.append(c);
      }
    }
    throw new SyntaxError(start, "unterminated string");
  }

  private void expect(char c) throws SyntaxError {
    if (peek() != c) {
      throw new SyntaxError(position, "expected " + c + " but found " + describe(peek()));
    }
    position++;
  }

  private String scan(java.util.function.IntPredicate accept) {
    int start = position;
    while (position < text.length() && accept.test(text.charAt(position))) {
      position++;
    }
    return text.substring(start, position);
  }

  private void skipSpace() {
    while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
      position++;
    }
  }

  private char peek() {
    return position < text.length() ? text.charAt(position) : '\0';
  }

  private static String describe(char c) {
    return c == '\0' ? "the end of the text" : "'" + c + "'";
  }
}
