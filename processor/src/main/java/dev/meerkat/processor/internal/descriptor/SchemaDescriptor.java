package dev.meerkat.processor.internal.descriptor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.List;
import java.util.Optional;

/**
 * Everything the writers need to generate {@code TSchema} (and {@code TModel}) for one valid
 * {@code @Schema} type. Immutable; holds names, never {@code Element}s.
 *
 * @param type the annotated type
 * @param schema the generated schema class
 * @param isRecord whether the type is a record (built through its canonical constructor)
 * @param modelName the model name
 * @param collection the collection name
 * @param options the schema options
 * @param fields the mapped fields in declaration order
 * @param components for records: every component in order, for the canonical constructor
 * @param indexes the declared indexes, {@code @Indexed} first
 * @param extra the {@code @ExtraFields} field, if any
 * @param model the typed model to generate, if {@code @Model} is present
 * @param discriminator the place in a sealed hierarchy (base or subtype), if any
 * @param embeddedRefs the references inside embedded subdocuments, each given a populate path
 */
public record SchemaDescriptor(
    ClassName type,
    ClassName schema,
    boolean isRecord,
    String modelName,
    String collection,
    OptionsModel options,
    List<FieldDescriptor> fields,
    List<Component> components,
    List<IndexModel> indexes,
    Optional<ExtraModel> extra,
    Optional<TypedModelModel> model,
    Optional<DiscriminatorDescriptor> discriminator,
    List<EmbeddedRefDescriptor> embeddedRefs) {

  /** Copies the lists. */
  public SchemaDescriptor {
    fields = List.copyOf(fields);
    components = List.copyOf(components);
    indexes = List.copyOf(indexes);
    embeddedRefs = List.copyOf(embeddedRefs);
  }

  /** A schema without references inside subdocuments. */
  public SchemaDescriptor(
      ClassName type,
      ClassName schema,
      boolean isRecord,
      String modelName,
      String collection,
      OptionsModel options,
      List<FieldDescriptor> fields,
      List<Component> components,
      List<IndexModel> indexes,
      Optional<ExtraModel> extra,
      Optional<TypedModelModel> model,
      Optional<DiscriminatorDescriptor> discriminator) {
    this(
        type,
        schema,
        isRecord,
        modelName,
        collection,
        options,
        fields,
        components,
        indexes,
        extra,
        model,
        discriminator,
        List.of());
  }

  /** The id field, if the schema has one. */
  public Optional<FieldDescriptor> id() {
    return fields.stream().filter(FieldDescriptor::id).findFirst();
  }

  /**
   * The {@code @Version} field: the field stored as {@code __v} while the schema writes the version
   * key (checks allow no other field that key then).
   */
  public Optional<FieldDescriptor> version() {
    return options.versionKey()
        ? fields.stream().filter(f -> f.key().equals("__v")).findFirst()
        : Optional.empty();
  }

  /**
   * Whether the codec writes the constant {@code __v: 0}: the version key is on and no field holds
   * it.
   */
  public boolean versionConstant() {
    return options.versionKey() && version().isEmpty();
  }

  /** The field named {@code name}, if mapped. */
  public Optional<FieldDescriptor> field(String name) {
    return fields.stream().filter(f -> f.name().equals(name)).findFirst();
  }

  /**
   * A record component, in constructor order.
   *
   * @param name the component name
   * @param type its Java type
   * @param role whether it is mapped, the extra-fields holder, or transient (left at its default on
   *     decode)
   */
  public record Component(String name, TypeName type, Role role) {
    /** What a component is to the mapping. */
    public enum Role {
      MAPPED,
      EXTRA,
      TRANSIENT
    }
  }

  /**
   * The {@code @ExtraFields} field.
   *
   * @param name the Java name
   * @param type its Java type ({@code Document} or {@code Map<String, Object>})
   * @param document whether it is an {@code org.bson.Document}
   * @param getter how to read it
   * @param setter how to write it
   */
  public record ExtraModel(
      String name,
      TypeName type,
      boolean document,
      FieldDescriptor.Access getter,
      FieldDescriptor.Access setter) {}

  /**
   * The schema options as declared.
   *
   * @param bufferCommands {@code null} to inherit
   * @param autoCreate {@code null} to inherit
   * @param autoIndex {@code null} to inherit
   * @param cappedSize capped size, 0 for none
   * @param cappedMax capped max, 0 for none
   * @param collation the collation, or {@code null}
   * @param timestamps whether createdAt/updatedAt are managed
   * @param versionKey whether {@code __v} is written
   * @param strict whether unknown keys are dropped
   * @param updateValidators {@code null} to inherit
   * @param id whether a missing {@code _id} is generated on the client (Mongoose's {@code _id}
   *     option)
   */
  public record OptionsModel(
      Boolean bufferCommands,
      Boolean autoCreate,
      Boolean autoIndex,
      long cappedSize,
      long cappedMax,
      CollationModel collation,
      boolean timestamps,
      boolean versionKey,
      boolean strict,
      Boolean updateValidators,
      boolean id) {}

  /**
   * A declared collation.
   *
   * @param locale the ICU locale
   * @param strength 0-5
   * @param caseLevel case level
   * @param numericOrdering numeric ordering
   */
  public record CollationModel(
      String locale, int strength, boolean caseLevel, boolean numericOrdering) {}

  /**
   * A declared index.
   *
   * @param keys stored keys with direction ({@code Integer} or {@code String})
   * @param unique unique
   * @param sparse sparse
   * @param expireAfterSeconds TTL, -1 for none
   * @param name the name, or {@code null}
   */
  public record IndexModel(
      List<Key> keys, boolean unique, boolean sparse, long expireAfterSeconds, String name) {
    /** Copies the keys. */
    public IndexModel {
      keys = List.copyOf(keys);
    }

    /**
     * One key.
     *
     * @param field the stored dotted key
     * @param direction {@code Integer} 1/-1 or a String kind
     */
    public record Key(String field, Object direction) {}
  }

  /**
   * The typed model class to generate.
   *
   * @param name the generated class
   * @param finders one per unique indexed field
   */
  public record TypedModelModel(ClassName name, List<String> finders) {
    /** Copies the finders. */
    public TypedModelModel {
      finders = List.copyOf(finders);
    }
  }
}
