package dev.meerkat.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Keeps the keys a stored document has but the schema does not declare, for {@code @Schema(strict =
 * false)} (Mongoose's {@code strict: false}). Put it on one field of type {@code org.bson.Document}
 * or {@code Map<String, Object>}: unknown keys are read into it and written back. With {@code
 * strict = true} unknown keys are dropped and this annotation is not needed.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface ExtraFields {}
