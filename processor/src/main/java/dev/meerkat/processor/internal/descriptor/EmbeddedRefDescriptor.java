package dev.meerkat.processor.internal.descriptor;

import java.util.List;

/**
 * A {@code Ref<R>} (or {@code List<Ref<R>>}) field inside embedded subdocuments of a schema, such
 * as {@code comments[].author} of a post: the top-level schema gets a {@code RefPath} constant for
 * it, so populate can fill it with one {@code $in} query.
 *
 * @param constant the constant's name on the top-level schema, {@code COMMENTS_AUTHOR}
 * @param path the Java field names, dotted: how {@code @Populate} spells it, {@code
 *     comments.author}
 * @param key the stored, dotted key, {@code comments.author}
 * @param hops the subdocument fields from the document down to the one holding the reference
 * @param getter how the reference field is read from the last subdocument
 * @param many whether the reference field holds a collection of references
 * @param target the referenced type
 */
public record EmbeddedRefDescriptor(
    String constant,
    String path,
    String key,
    List<Hop> hops,
    FieldDescriptor.Access getter,
    boolean many,
    TypeDescriptor.RefType target) {

  /** Copies the list. */
  public EmbeddedRefDescriptor {
    hops = List.copyOf(hops);
  }

  /**
   * One subdocument field on the way to the reference.
   *
   * @param getter how the field is read from the document or subdocument before it
   * @param kind how many subdocuments the field holds
   */
  public record Hop(FieldDescriptor.Access getter, Kind kind) {
    /** The shapes of a subdocument field. */
    public enum Kind {
      /** One subdocument, possibly null. */
      ONE,
      /** An {@code Optional} subdocument. */
      OPTIONAL,
      /** A {@code List}, {@code Set} or {@code Collection} of subdocuments. */
      EACH
    }
  }
}
