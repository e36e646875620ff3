package dev.meerkat.processor.internal.descriptor;

import java.util.List;

/**
 * One mapped field of a schema, ready for the writers.
 *
 * @param name the Java name
 * @param key the stored key ({@code _id} for the id)
 * @param type how the value is stored
 * @param getter how generated code reads the value
 * @param setter how generated code writes the value ({@link Access.Kind#CONSTRUCTOR} for records)
 * @param id whether this is the id field
 * @param required whether {@code @Required} is present
 * @param validators the declared value validators
 */
public record FieldDescriptor(
    String name,
    String key,
    TypeDescriptor type,
    Access getter,
    Access setter,
    boolean id,
    boolean required,
    Validators validators) {

  /**
   * How generated code reaches a field.
   *
   * @param kind method call, field access, or (setters of records) the canonical constructor
   * @param name the method or field name
   */
  public record Access(Kind kind, String name) {
    /** The ways generated code reads or writes a field. */
    public enum Kind {
      METHOD,
      FIELD,
      CONSTRUCTOR
    }
  }

  /**
   * The value validators of a field; {@code null} or empty when absent.
   *
   * @param min {@code @Min}
   * @param max {@code @Max}
   * @param minLength {@code @MinLength}
   * @param maxLength {@code @MaxLength}
   * @param match {@code @Match}
   * @param enumValues {@code @Enum}
   */
  public record Validators(
      Double min,
      Double max,
      Integer minLength,
      Integer maxLength,
      String match,
      List<String> enumValues) {
    /** Copies the list. */
    public Validators {
      enumValues = List.copyOf(enumValues);
    }

    /** Whether any validator is declared. */
    public boolean any() {
      return min != null
          || max != null
          || minLength != null
          || maxLength != null
          || match != null
          || !enumValues.isEmpty();
    }
  }
}
