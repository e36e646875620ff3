package dev.meerkat;

/**
 * Global settings of a {@link MeerkatInstance}, as Mongoose's {@code mongoose.set(...)}. Connection
 * and schema options override them.
 *
 * <pre>{@code Meerkat.set(Setting.BUFFER_COMMANDS, false);}</pre>
 *
 * <p>Immutable and thread-safe.
 */
public enum Setting {
  /** Boolean, default {@code true}: operations wait for the connection to open. */
  BUFFER_COMMANDS(Boolean.class, true),
  /** Long (ms), default {@code 10000}: how long an operation may wait in the buffer. */
  BUFFER_TIMEOUT_MS(Long.class, 10_000L),
  /** Boolean, default {@code true}: build declared indexes when a model is initialised. */
  AUTO_INDEX(Boolean.class, true),
  /** Boolean, default {@code true}: create the collection before a model's first operation. */
  AUTO_CREATE(Boolean.class, true),
  /**
   * Boolean, default {@code false}: log every operation with credentials and sensitive values
   * redacted. Read when a connection opens: the command logger is installed only on connections
   * opened while it is on (it costs every command something); turning it off stops the logging at
   * once.
   */
  DEBUG(Boolean.class, false),
  /**
   * Boolean, default {@code false}: registering a model name again replaces the model instead of
   * failing.
   */
  OVERWRITE_MODELS(Boolean.class, false),
  /** Boolean, default {@code true}: fields a schema does not declare are dropped. */
  STRICT(Boolean.class, true),
  /**
   * Boolean, default {@code true}: typed update values are checked against their fields' validators
   * before the update is sent (Mongoose's {@code runValidators}); a schema's {@code
   * updateValidators} overrides it.
   */
  RUN_VALIDATORS(Boolean.class, true);

  private final Class<?> type;
  private final Object defaultValue;

  Setting(Class<?> type, Object defaultValue) {
    this.type = type;
    this.defaultValue = defaultValue;
  }

  /** The type a value must have. */
  public Class<?> type() {
    return type;
  }

  /** The value when none was set. */
  public Object defaultValue() {
    return defaultValue;
  }
}
