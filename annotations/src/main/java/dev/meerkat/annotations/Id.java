package dev.meerkat.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the field stored as {@code _id}: Mongoose's {@code _id} path. At most one per schema;
 * without it a field named {@code id} is the id. An {@code ObjectId} or {@code String} id left
 * {@code null} is assigned a new {@code ObjectId} (or its hex string) on insert, as Mongoose does.
 *
 * <pre>{@code record User(@Id ObjectId id, String name) {}}</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface Id {}
