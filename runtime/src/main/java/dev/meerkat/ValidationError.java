package dev.meerkat;

/**
 * One failed validator: the dotted path of the field and what is wrong with it. Immutable.
 *
 * @param path the dotted path, e.g. {@code "address.city"}
 * @param message Mongoose-style message, e.g. {@code "Path `name` is required."}
 */
public record ValidationError(String path, String message) {}
