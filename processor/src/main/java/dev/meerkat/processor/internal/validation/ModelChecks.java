package dev.meerkat.processor.internal.validation;

import dev.meerkat.annotations.Model;
import dev.meerkat.processor.internal.descriptor.SchemaDescriptor;
import dev.meerkat.processor.internal.descriptor.TypeResolver;
import java.util.Map;
import javax.annotation.processing.Messager;
import javax.lang.model.element.TypeElement;

/**
 * Checks on {@code @Model}: it needs {@code @Schema} and an id, and its name is unique in the
 * build.
 */
public final class ModelChecks {
  private ModelChecks() {}

  /** Reports {@code @Model} on a type without {@code @Schema}. */
  public static void checkHasSchema(TypeElement type, Messager messager) {
    if (!TypeResolver.hasSchemaAnnotation(type)) {
      ErrorReporter errors = new ErrorReporter();
      errors.error(
          type,
          Annotations.mirror(type, Model.class).orElse(null),
          Message.MODEL_WITHOUT_SCHEMA,
          type.getQualifiedName());
      errors.flushTo(messager);
    }
  }

  /**
   * Checks a valid schema's model, claiming its name in {@code claimed} (name to qualified type).
   *
   * @return whether the schema (and its model) may be written
   */
  public static boolean checkModel(
      TypeElement type,
      SchemaDescriptor schema,
      Map<String, String> claimed,
      ErrorReporter errors) {
    if (schema.model().isEmpty()) {
      return true;
    }
    boolean ok = true;
    if (schema.id().isEmpty()) {
      errors.error(type, Message.MODEL_WITHOUT_ID, type.getSimpleName());
      ok = false;
    }
    String qualified = type.getQualifiedName().toString();
    String previous = claimed.putIfAbsent(schema.modelName(), qualified);
    if (previous != null && !previous.equals(qualified)) {
      errors.error(
          type,
          Model.class,
          "value",
          Message.DUPLICATE_MODEL_NAME,
          previous,
          qualified,
          schema.modelName());
      ok = false;
    }
    return ok;
  }
}
