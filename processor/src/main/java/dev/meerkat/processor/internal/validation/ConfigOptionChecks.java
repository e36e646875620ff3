package dev.meerkat.processor.internal.validation;

import dev.meerkat.annotations.ConnectionConfig;
import dev.meerkat.annotations.Toggle;
import dev.meerkat.processor.internal.descriptor.ConnectionConfigDescriptor.OptionValue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;

/**
 * Checks the attributes of {@code @ConnectionConfig}: the URI's scheme and placeholders, the ranges
 * of numeric options, the pool sizes against each other and the database name. Each error points at
 * the attribute's value.
 */
final class ConfigOptionChecks {
  private static final String FORBIDDEN_DB_CHARS = "/\\. \"$*<>:|?\0";

  private final TypeElement type;
  private final AnnotationMirror mirror;
  private final ErrorReporter errors;

  ConfigOptionChecks(TypeElement type, AnnotationMirror mirror, ErrorReporter errors) {
    this.type = type;
    this.mirror = mirror;
    this.errors = errors;
  }

  /** Checks {@code config} and returns the options it sets, in the annotation's order. */
  List<OptionValue> check(ConnectionConfig config) {
    checkUri(config.uri());
    List<OptionValue> options = new ArrayList<>();
    if (!config.dbName().isEmpty()) {
      checkDbName(config.dbName());
      options.add(new OptionValue("dbName", config.dbName()));
    }
    toggle(options, "bufferCommands", config.bufferCommands());
    number(options, "bufferTimeoutMS", config.bufferTimeoutMS(), 0);
    toggle(options, "autoIndex", config.autoIndex());
    toggle(options, "autoCreate", config.autoCreate());
    number(options, "maxPoolSize", config.maxPoolSize(), 0);
    number(options, "minPoolSize", config.minPoolSize(), 0);
    number(options, "maxConnecting", config.maxConnecting(), 1);
    number(options, "maxIdleTimeMS", config.maxIdleTimeMS(), 0);
    number(options, "waitQueueTimeoutMS", config.waitQueueTimeoutMS(), 0);
    number(options, "socketTimeoutMS", config.socketTimeoutMS(), 0);
    number(options, "connectTimeoutMS", config.connectTimeoutMS(), 0);
    number(options, "serverSelectionTimeoutMS", config.serverSelectionTimeoutMS(), 0);
    number(options, "heartbeatFrequencyMS", config.heartbeatFrequencyMS(), 1);
    // maxPoolSize 0 means "no limit" to the driver, so any minPoolSize fits under it.
    if (config.minPoolSize() > 0
        && config.maxPoolSize() > 0
        && config.minPoolSize() > config.maxPoolSize()) {
      errors.error(
          type,
          mirror,
          value("minPoolSize"),
          Message.CONFIG_POOL_SIZES,
          type.getSimpleName(),
          config.minPoolSize(),
          config.maxPoolSize());
    }
    return options;
  }

  private void toggle(List<OptionValue> options, String name, Toggle toggle) {
    if (toggle != Toggle.INHERIT) {
      options.add(new OptionValue(name, toggle == Toggle.ON));
    }
  }

  private void number(List<OptionValue> options, String name, long value, int minimum) {
    if (value == -1) {
      return;
    }
    if (value < minimum) {
      errors.error(
          type,
          mirror,
          value(name),
          Message.CONFIG_OPTION,
          name,
          minimum,
          type.getSimpleName(),
          value,
          minimum);
      return;
    }
    options.add(new OptionValue(name, value));
  }

  /**
   * The scheme can only be checked where the text before the first placeholder without a default
   * decides it; defaults count, as they are what runs when nothing is set.
   */
  private void checkUri(String uri) {
    StringBuilder withDefaults = new StringBuilder();
    int from = 0;
    int start;
    while ((start = uri.indexOf("${", from)) >= 0) {
      int end = uri.indexOf('}', start + 2);
      String body = end < 0 ? "" : uri.substring(start + 2, end);
      int colon = body.indexOf(':');
      String name = (colon < 0 ? body : body.substring(0, colon)).strip();
      if (end < 0 || name.isEmpty()) {
        errors.error(
            type,
            mirror,
            value("uri"),
            Message.CONFIG_PLACEHOLDER,
            type.getSimpleName(),
            end < 0 ? "an unclosed \"${\"" : "a placeholder without a name",
            start);
        return;
      }
      withDefaults.append(uri, from, start).append(colon < 0 ? "\0" : body.substring(colon + 1));
      from = end + 1;
    }
    withDefaults.append(uri.substring(from));
    String known = withDefaults.toString();
    int unknown = known.indexOf('\0');
    String decided = unknown < 0 ? known : known.substring(0, unknown);
    if (unknown >= 0
        && ("mongodb://".startsWith(decided) || "mongodb+srv://".startsWith(decided))) {
      return;
    }
    if (!known.startsWith("mongodb://") && !known.startsWith("mongodb+srv://")) {
      int scheme = known.indexOf("://");
      // Only the scheme is quoted: the rest of a literal URI may hold a password.
      String found =
          scheme < 0
              ? "without a scheme"
              : known.substring(0, scheme).matches("[A-Za-z][A-Za-z0-9+.-]*")
                  ? "with scheme \"" + known.substring(0, scheme) + "\""
                  : "with a malformed scheme";
      errors.error(type, mirror, value("uri"), Message.CONFIG_URI, type.getSimpleName(), found);
    }
  }

  private void checkDbName(String dbName) {
    boolean forbidden = dbName.chars().anyMatch(c -> FORBIDDEN_DB_CHARS.indexOf(c) >= 0);
    if (forbidden || dbName.getBytes(StandardCharsets.UTF_8).length > 63) {
      errors.error(
          type, mirror, value("dbName"), Message.CONFIG_DB_NAME, type.getSimpleName(), dbName);
    }
  }

  /** The attribute's value as written, or {@code null} when it was left to its default. */
  private AnnotationValue value(String attribute) {
    return Annotations.value(mirror, attribute);
  }
}
