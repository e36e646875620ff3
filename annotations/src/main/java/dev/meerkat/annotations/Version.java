package dev.meerkat.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Maps an {@code int} or {@code long} field to the version key ({@code __v}, the only key it is
 * stored under) and turns on Mongoose's {@code optimisticConcurrency}: {@code save} of a loaded
 * document only writes when the stored version still equals the field, increments it, and returns
 * the saved copy; a stale copy fails with {@code VersionConflictException} and writes nothing.
 * {@code create} and {@code insertMany} store version 0.
 *
 * <pre>{@code
 * @Schema
 * public record Account(@Id ObjectId id, String owner, long balance, @Version long version) {}
 *
 * Account loaded = accounts.findById(id).orElseThrow();
 * Account saved = accounts.save(new Account(loaded.id(), loaded.owner(), 10, loaded.version()));
 * // saved.version() == loaded.version() + 1
 * }</pre>
 *
 * <p>At most one field per schema; not allowed with {@code @Schema(versionKey = false)}, on an
 * {@code @Id} field, or with {@code @Field}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface Version {}
