package dev.meerkat.interop;

/**
 * An error Mongoose raised on the Node side, e.g. {@code VersionError}, with its name and message.
 */
final class MongooseException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String name;

  MongooseException(String name, String message, String stack) {
    super(name + ": " + message + "\n(Node side) " + stack);
    this.name = name;
  }

  /** Mongoose's error name, e.g. {@code "VersionError"}, {@code "ValidationError"}. */
  String name() {
    return name;
  }
}
