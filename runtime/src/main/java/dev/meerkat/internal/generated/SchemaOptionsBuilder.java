package dev.meerkat.internal.generated;

import dev.meerkat.SchemaOptions;

/**
 * Builds the {@link SchemaOptions} of a generated schema: generated code starts from {@link
 * #defaults()} and names only the options its {@code @Schema} sets, so a component added to the
 * record later leaves code generated before it compiling and meaning the same. May change at any
 * time. Not thread-safe; used once per schema class.
 */
public final class SchemaOptionsBuilder {
  private Boolean bufferCommands;
  private Boolean autoCreate;
  private Boolean autoIndex;
  private long cappedSize;
  private long cappedMax;
  private SchemaOptions.CollationSpec collation;
  private boolean timestamps;
  private boolean versionKey = true;
  private boolean strict = true;
  private Boolean updateValidators;

  private SchemaOptionsBuilder() {}

  /** Mongoose's defaults, as {@link SchemaOptions#DEFAULTS}. */
  public static SchemaOptionsBuilder defaults() {
    return new SchemaOptionsBuilder();
  }

  /** Sets {@link SchemaOptions#bufferCommands()}. */
  public SchemaOptionsBuilder bufferCommands(boolean value) {
    bufferCommands = value;
    return this;
  }

  /** Sets {@link SchemaOptions#autoCreate()}. */
  public SchemaOptionsBuilder autoCreate(boolean value) {
    autoCreate = value;
    return this;
  }

  /** Sets {@link SchemaOptions#autoIndex()}. */
  public SchemaOptionsBuilder autoIndex(boolean value) {
    autoIndex = value;
    return this;
  }

  /** Sets {@link SchemaOptions#cappedSize()} and {@link SchemaOptions#cappedMax()}. */
  public SchemaOptionsBuilder capped(long size, long max) {
    cappedSize = size;
    cappedMax = max;
    return this;
  }

  /** Sets {@link SchemaOptions#collation()}. */
  public SchemaOptionsBuilder collation(
      String locale, int strength, boolean caseLevel, boolean numericOrdering) {
    collation = new SchemaOptions.CollationSpec(locale, strength, caseLevel, numericOrdering);
    return this;
  }

  /** Sets {@link SchemaOptions#timestamps()}. */
  public SchemaOptionsBuilder timestamps(boolean value) {
    timestamps = value;
    return this;
  }

  /** Sets {@link SchemaOptions#versionKey()}. */
  public SchemaOptionsBuilder versionKey(boolean value) {
    versionKey = value;
    return this;
  }

  /** Sets {@link SchemaOptions#strict()}. */
  public SchemaOptionsBuilder strict(boolean value) {
    strict = value;
    return this;
  }

  /** Sets {@link SchemaOptions#updateValidators()}. */
  public SchemaOptionsBuilder updateValidators(boolean value) {
    updateValidators = value;
    return this;
  }

  /** The options. */
  public SchemaOptions build() {
    return new SchemaOptions(
        bufferCommands,
        autoCreate,
        autoIndex,
        cappedSize,
        cappedMax,
        collation,
        timestamps,
        versionKey,
        strict,
        updateValidators);
  }
}
