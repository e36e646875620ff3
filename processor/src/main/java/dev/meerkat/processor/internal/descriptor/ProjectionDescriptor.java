package dev.meerkat.processor.internal.descriptor;

import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * A valid {@code @Projection} record: the codec is written from {@link #codecModel()}, a schema
 * model holding only the projected fields. Immutable.
 *
 * @param record the record
 * @param generated the generated {@code XProjection}
 * @param source the projected {@code @Schema} type
 * @param codecModel the projected fields as a schema model (for the codec writer)
 * @param keys the stored, dotted keys the server returns
 * @param includesId whether {@code _id} is one of them
 */
public record ProjectionDescriptor(
    ClassName record,
    ClassName generated,
    ClassName source,
    SchemaDescriptor codecModel,
    List<String> keys,
    boolean includesId) {

  /** Copies the keys. */
  public ProjectionDescriptor {
    keys = List.copyOf(keys);
  }

  /** {@code a.UserName -> a.UserNameProjection}. */
  public static ClassName generatedOf(ClassName record) {
    return ClassName.get(
        record.packageName(), String.join("_", record.simpleNames()) + "Projection");
  }
}
