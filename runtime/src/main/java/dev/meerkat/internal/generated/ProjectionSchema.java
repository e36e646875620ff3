package dev.meerkat.internal.generated;

import org.bson.codecs.Codec;
import org.bson.conversions.Bson;

/**
 * What the processor generates for a {@code @Projection} record ({@code UserNameProjection}): its
 * codec and the projection document sent to the server. May change at any time. Implementations are
 * immutable and thread-safe.
 *
 * @param <T> the projected {@code @Schema} type
 * @param <P> the projection record
 */
public interface ProjectionSchema<T, P> {

  /** The projected schema's type. */
  Class<T> source();

  /** The projection record. */
  Class<P> type();

  /** The codec that reads the projected documents. */
  Codec<P> codec();

  /**
   * The projection document: each component's stored key. The {@code _id} comes back too, so that a
   * value that does not cast names its document.
   */
  Bson projection();
}
