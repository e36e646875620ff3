package dev.meerkat;

/**
 * One mapped field of a {@link Schema}. Immutable.
 *
 * @param name the Java name ({@code "age"})
 * @param key the key stored in MongoDB ({@code "a"} for {@code @Field("a")}, {@code "_id"} for the
 *     id)
 * @param javaType the field's Java type as source text ({@code "java.util.List<java.lang.String>"})
 * @param id whether this is the {@code _id} field
 * @param required whether {@code @Required} is present
 */
public record SchemaField(String name, String key, String javaType, boolean id, boolean required) {}
