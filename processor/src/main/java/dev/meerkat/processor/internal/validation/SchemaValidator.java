package dev.meerkat.processor.internal.validation;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.meerkat.annotations.Id;
import dev.meerkat.annotations.Model;
import dev.meerkat.annotations.Required;
import dev.meerkat.annotations.Schema;
import dev.meerkat.annotations.Toggle;
import dev.meerkat.processor.internal.descriptor.DiscriminatorDescriptor;
import dev.meerkat.processor.internal.descriptor.FieldDescriptor;
import dev.meerkat.processor.internal.descriptor.FieldDescriptor.Access;
import dev.meerkat.processor.internal.descriptor.FieldScanner;
import dev.meerkat.processor.internal.descriptor.Hierarchies;
import dev.meerkat.processor.internal.descriptor.Pluralizer;
import dev.meerkat.processor.internal.descriptor.SchemaDescriptor;
import dev.meerkat.processor.internal.descriptor.SchemaDescriptor.Component;
import dev.meerkat.processor.internal.descriptor.SchemaDescriptor.ExtraModel;
import dev.meerkat.processor.internal.descriptor.SchemaDescriptor.OptionsModel;
import dev.meerkat.processor.internal.descriptor.SchemaNames;
import dev.meerkat.processor.internal.descriptor.TypeDescriptor;
import dev.meerkat.processor.internal.descriptor.TypeResolver;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Checks one {@code @Schema} type and, only when it has no errors, builds its {@link
 * SchemaDescriptor}. Every problem of the type is recorded before the verdict, so users see them
 * all at once.
 */
public final class SchemaValidator {

  /** The verdict on one type. */
  public sealed interface Outcome {}

  /** The type is valid; here is its model. */
  public record Valid(SchemaDescriptor model) implements Outcome {}

  /** Errors were recorded. */
  public record Invalid() implements Outcome {}

  /** A field's type does not exist yet; retry in the next round. */
  public record Deferred(VariableElement field, String missingType) implements Outcome {}

  private static final String EXTRA_FIELDS = "dev.meerkat.annotations.ExtraFields";

  private final TypeResolver resolver;
  private final ExtraFieldChecks accessors;
  private final IndexChecks indexChecks;
  private final HierarchyValidator hierarchies;

  private final Elements elements;
  private final EmbeddedRefs embeddedRefs;

  /** Creates a validator over the compiler's utilities. */
  public SchemaValidator(Types types, Elements elements) {
    this.resolver = new TypeResolver(types);
    this.accessors = new ExtraFieldChecks(new FieldScanner(types));
    this.indexChecks = new IndexChecks(elements, resolver);
    this.hierarchies = new HierarchyValidator(resolver);
    this.elements = elements;
    this.embeddedRefs = new EmbeddedRefs(types);
  }

  /** Checks {@code type}, recording errors in {@code errors}. */
  public Outcome check(TypeElement type, ErrorReporter errors) {
    Schema schema = type.getAnnotation(Schema.class);
    if (Hierarchies.isBase(type)) {
      return hierarchies.check(type, schema, errors);
    }
    Optional<TypeElement> base = Hierarchies.baseOf(type);
    HierarchyValidator.checkSubtypeAnnotations(type, base.isPresent(), errors);
    base.ifPresent(b -> HierarchyValidator.checkSubtypeCollection(type, schema, b, errors));
    if (!TypeChecks.checkShape(type, errors)) {
      return new Invalid();
    }
    TypeChecks.checkOptions(type, schema, errors);
    List<FieldDescriptor> fields = new ArrayList<>();
    List<Component> components = new ArrayList<>();
    List<VariableElement> mappedElements = new ArrayList<>();
    List<VariableElement> extras = new ArrayList<>();
    VariableElement implicitId = null;
    List<VariableElement> ids = new ArrayList<>();
    for (VariableElement field : FieldScanner.instanceFields(type)) {
      if (field.getAnnotation(Id.class) != null) {
        ids.add(field);
      } else if (field.getSimpleName().contentEquals("id") && !FieldScanner.isTransient(field)) {
        implicitId = field;
      }
    }
    if (ids.size() > 1) {
      errors.error(
          ids.get(1),
          Annotations.mirror(ids.get(1), Id.class).orElse(null),
          Message.ID_COUNT,
          type.getSimpleName(),
          ids.size(),
          ids.stream().map(f -> f.getSimpleName().toString()).collect(Collectors.joining(", ")));
    }
    VariableElement idField = ids.isEmpty() ? implicitId : ids.get(0);
    VersionChecks.check(type, schema, FieldScanner.instanceFields(type), errors);
    for (VariableElement field : FieldScanner.instanceFields(type)) {
      TypeName javaType = TypeName.get(field.asType());
      String name = field.getSimpleName().toString();
      if (FieldScanner.hasAnnotation(field, EXTRA_FIELDS)) {
        extras.add(field);
        components.add(new Component(name, javaType, Component.Role.EXTRA));
        continue;
      }
      if (FieldScanner.isTransient(field)) {
        components.add(new Component(name, javaType, Component.Role.TRANSIENT));
        continue;
      }
      components.add(new Component(name, javaType, Component.Role.MAPPED));
      TypeResolver.Resolution resolution = resolver.resolve(field.asType());
      if (resolution instanceof TypeResolver.Missing missing) {
        return new Deferred(field, missing.found());
      }
      Optional<Access> getter = accessors.accessor(type, field, true, errors);
      Optional<Access> setter = accessors.accessor(type, field, false, errors);
      if (resolution instanceof TypeResolver.Unsupported unsupported) {
        String inner =
            unsupported.found().equals(field.asType().toString())
                ? ""
                : " (" + unsupported.found() + " cannot be stored)";
        errors.error(
            field,
            Message.UNSUPPORTED_TYPE,
            name,
            type.getSimpleName(),
            field.asType() + inner,
            unsupported.hint());
        continue;
      }
      TypeDescriptor typeModel = ((TypeResolver.Resolved) resolution).type();
      RefChecks.check(type, field, typeModel, elements, errors);
      boolean id = field.equals(idField);
      boolean version = VersionChecks.isVersion(field);
      String key = KeyChecks.keyOf(field, id, version);
      KeyChecks.checkKey(type, field, key, id, schema.versionKey() && !version, errors);
      if (base.isPresent() && key.equals(Hierarchies.key(base.get()))) {
        KeyChecks.reserved(
            type, field, key, "the discriminator key of " + base.get().getSimpleName(), errors);
      }
      if (id && typeModel instanceof TypeDescriptor.OptionalType) {
        errors.error(
            field,
            Message.UNSUPPORTED_TYPE,
            name,
            type.getSimpleName(),
            field.asType(),
            " An id is always present: declare it as the value type, e.g. ObjectId.");
      }
      if (!version) {
        PrimitiveChecks.checkAbsent(
            type, field, key, typeModel, id, field.getAnnotation(Required.class) != null, errors);
      }
      FieldDescriptor.Validators validators =
          FieldChecks.validators(type, field, typeModel, errors);
      FieldChecks.checkIndexed(type, field, typeModel, errors);
      if (getter.isPresent() && setter.isPresent()) {
        fields.add(
            new FieldDescriptor(
                name,
                key,
                typeModel,
                getter.get(),
                setter.get(),
                id,
                field.getAnnotation(Required.class) != null,
                validators));
        mappedElements.add(field);
      }
    }
    KeyChecks.checkDuplicates(type, fields, mappedElements, errors);
    TypeChecks.checkTimestamps(type, schema, fields, errors);
    Optional<ExtraModel> extra = accessors.extraField(type, schema, extras, errors);
    List<SchemaDescriptor.IndexModel> indexes =
        indexChecks.indexes(type, fields, mappedElements, errors);
    if (errors.hasErrors()) {
      return new Invalid();
    }
    ClassName className = ClassName.get(type);
    Model model = type.getAnnotation(Model.class);
    String modelName =
        model != null && !model.value().isEmpty() ? model.value() : type.getSimpleName().toString();
    // A subtype of a sealed hierarchy lives in its base's collection, as Mongoose's discriminators
    // do.
    String collection =
        base.isPresent()
            ? Hierarchies.collection(base.get())
            : schema.collection().isEmpty()
                ? Pluralizer.collectionName(modelName)
                : schema.collection();
    Optional<DiscriminatorDescriptor> discriminator =
        base.map(
            b ->
                new DiscriminatorDescriptor(
                    Hierarchies.key(b), Hierarchies.value(type), List.of()));
    Optional<SchemaDescriptor.TypedModelModel> typedModel =
        model == null
            ? Optional.empty()
            : Optional.of(
                new SchemaDescriptor.TypedModelModel(
                    SchemaNames.modelOf(className), finders(fields, indexes)));
    return new Valid(
        new SchemaDescriptor(
            className,
            SchemaNames.schemaOf(className),
            type.getKind() == ElementKind.RECORD,
            modelName,
            collection,
            options(schema),
            fields,
            components,
            indexes,
            extra,
            typedModel,
            discriminator,
            embeddedRefs.collect(type)));
  }

  static OptionsModel options(Schema schema) {
    dev.meerkat.annotations.Collation collation = schema.collation();
    return new OptionsModel(
        toggle(schema.bufferCommands()),
        toggle(schema.autoCreate()),
        toggle(schema.autoIndex()),
        schema.capped().size(),
        schema.capped().max(),
        collation.locale().isEmpty()
            ? null
            : new SchemaDescriptor.CollationModel(
                collation.locale(),
                collation.strength(),
                collation.caseLevel(),
                collation.numericOrdering()),
        schema.timestamps(),
        schema.versionKey(),
        schema.strict(),
        toggle(schema.updateValidators()),
        schema.id());
  }

  private static Boolean toggle(Toggle toggle) {
    return switch (toggle) {
      case INHERIT -> null;
      case ON -> Boolean.TRUE;
      case OFF -> Boolean.FALSE;
    };
  }

  private static List<String> finders(
      List<FieldDescriptor> fields, List<SchemaDescriptor.IndexModel> indexes) {
    List<String> finders = new ArrayList<>();
    for (SchemaDescriptor.IndexModel index : indexes) {
      if (index.unique() && index.keys().size() == 1) {
        String key = index.keys().get(0).field();
        fields.stream()
            .filter(f -> f.key().equals(key) && !f.id())
            .findFirst()
            .ifPresent(
                f -> {
                  if (!finders.contains(f.name())) {
                    finders.add(f.name());
                  }
                });
      }
    }
    return finders;
  }
}
