package dev.meerkat.processor.internal.descriptor;

import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * A schema's place in a sealed hierarchy stored in one collection (Mongoose's discriminators).
 *
 * @param key the stored key naming each document's type ({@code __t})
 * @param value for a subtype, the value it stores under {@code key}; {@code null} for the base
 * @param subtypes for the base, every permitted subtype in declaration order; empty for a subtype
 */
public record DiscriminatorDescriptor(String key, String value, List<Subtype> subtypes) {

  /** Copies the list. */
  public DiscriminatorDescriptor {
    subtypes = List.copyOf(subtypes);
  }

  /** Whether this is the base (the sealed type) rather than a subtype. */
  public boolean base() {
    return value == null;
  }

  /**
   * One permitted subtype of a base.
   *
   * @param type the subtype
   * @param schema its generated schema
   * @param value the value it stores under the key
   */
  public record Subtype(ClassName type, ClassName schema, String value) {}
}
