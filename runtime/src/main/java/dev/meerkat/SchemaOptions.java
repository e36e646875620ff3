package dev.meerkat;

import java.util.Objects;

/**
 * Schema-level options, as declared on {@code @Schema}. Immutable.
 *
 * <p>{@code null} for a {@link Boolean} option means "inherit": from the connection, then from the
 * global {@link Setting}, as in Mongoose.
 *
 * @param bufferCommands whether operations wait for the connection to open, or {@code null} to
 *     inherit
 * @param autoCreate whether the collection is created before the model's first operation, or {@code
 *     null}
 * @param autoIndex whether declared indexes are built when the model is initialised, or {@code
 *     null}
 * @param cappedSize the capped collection size in bytes; {@code 0} when not capped
 * @param cappedMax the maximum number of documents of a capped collection; {@code 0} for no limit
 * @param collation the default collation, or {@code null}
 * @param timestamps whether {@code createdAt}/{@code updatedAt} are managed
 * @param versionKey whether the {@code __v} version key is written
 * @param strict whether fields the schema does not declare are dropped ({@code true}) or kept
 * @param updateValidators whether typed update values are validated before they are sent, or {@code
 *     null} to inherit the global {@link Setting#RUN_VALIDATORS}
 */
public record SchemaOptions(
    Boolean bufferCommands,
    Boolean autoCreate,
    Boolean autoIndex,
    long cappedSize,
    long cappedMax,
    CollationSpec collation,
    boolean timestamps,
    boolean versionKey,
    boolean strict,
    Boolean updateValidators) {

  /**
   * Mongoose's defaults: everything inherited, not capped, no collation, versionKey and strict on.
   */
  public static final SchemaOptions DEFAULTS =
      new SchemaOptions(null, null, null, 0, 0, null, false, true, true, null);

  /** The options with {@code updateValidators} inherited. */
  public SchemaOptions(
      Boolean bufferCommands,
      Boolean autoCreate,
      Boolean autoIndex,
      long cappedSize,
      long cappedMax,
      CollationSpec collation,
      boolean timestamps,
      boolean versionKey,
      boolean strict) {
    this(
        bufferCommands,
        autoCreate,
        autoIndex,
        cappedSize,
        cappedMax,
        collation,
        timestamps,
        versionKey,
        strict,
        null);
  }

  /** Checks the cross-field rules. */
  public SchemaOptions {
    if (cappedSize < 0) {
      throw new IllegalArgumentException("cappedSize (" + cappedSize + ") must not be negative");
    }
    if (cappedMax < 0) {
      throw new IllegalArgumentException("cappedMax (" + cappedMax + ") must not be negative");
    }
  }

  /** Whether the collection is capped. */
  public boolean capped() {
    return cappedSize > 0;
  }

  /**
   * A collation as declared with {@code @Collation}: the subset of the server's collation document
   * that schemas declare. Immutable.
   *
   * @param locale the ICU locale, e.g. {@code "en_US"}
   * @param strength the comparison level 1-5, or {@code 0} for the server default
   * @param caseLevel whether to include case comparison at strength 1 or 2
   * @param numericOrdering whether numeric strings compare as numbers
   */
  public record CollationSpec(
      String locale, int strength, boolean caseLevel, boolean numericOrdering) {
    /** Rejects a missing locale. */
    public CollationSpec {
      Objects.requireNonNull(locale, "locale == null");
    }
  }
}
