package dev.meerkat.processor.internal.validation;

import com.palantir.javapoet.ClassName;
import dev.meerkat.annotations.DiscriminatorKey;
import dev.meerkat.annotations.DiscriminatorValue;
import dev.meerkat.annotations.Field;
import dev.meerkat.annotations.Id;
import dev.meerkat.annotations.Model;
import dev.meerkat.annotations.Schema;
import dev.meerkat.processor.internal.descriptor.DiscriminatorDescriptor;
import dev.meerkat.processor.internal.descriptor.FieldDescriptor;
import dev.meerkat.processor.internal.descriptor.FieldDescriptor.Access;
import dev.meerkat.processor.internal.descriptor.FieldScanner;
import dev.meerkat.processor.internal.descriptor.Hierarchies;
import dev.meerkat.processor.internal.descriptor.SchemaDescriptor;
import dev.meerkat.processor.internal.descriptor.SchemaNames;
import dev.meerkat.processor.internal.descriptor.TypeDescriptor;
import dev.meerkat.processor.internal.descriptor.TypeResolver;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Checks the base of a sealed {@code @Schema} hierarchy (Mongoose's discriminators) and builds its
 * model: every permitted type is a {@code @Schema} type with its own discriminator value, and the
 * base's paths are the fields every subtype stores alike.
 */
final class HierarchyValidator {
  private static final String EXTRA_FIELDS = "dev.meerkat.annotations.ExtraFields";

  private final TypeResolver resolver;

  HierarchyValidator(TypeResolver resolver) {
    this.resolver = resolver;
  }

  SchemaValidator.Outcome check(TypeElement base, Schema schema, ErrorReporter errors) {
    TypeChecks.checkVisibleAndConcrete(base, errors);
    TypeChecks.checkOptions(base, schema, errors);
    String key = Hierarchies.key(base);
    if (key.isEmpty()
        || key.indexOf('.') >= 0
        || key.startsWith("$")
        || key.equals("_id")
        || key.equals("__v")) {
      errors.error(
          base,
          DiscriminatorKey.class,
          "value",
          Message.DISCRIMINATOR_KEY,
          base.getQualifiedName(),
          key);
    }
    List<TypeElement> subtypes = new ArrayList<>();
    Map<String, TypeElement> byValue = new LinkedHashMap<>();
    for (TypeMirror permitted : base.getPermittedSubclasses()) {
      if (permitted.getKind() == TypeKind.ERROR) {
        return new SchemaValidator.Invalid();
      }
      TypeElement subtype = (TypeElement) ((DeclaredType) permitted).asElement();
      if (!TypeResolver.hasSchemaAnnotation(subtype) || Hierarchies.isBase(subtype)) {
        errors.error(
            base,
            Message.DISCRIMINATOR_SUBTYPE,
            base.getQualifiedName(),
            subtype.getQualifiedName(),
            subtype.getSimpleName());
        continue;
      }
      String value = Hierarchies.value(subtype);
      TypeElement previous = byValue.putIfAbsent(value, subtype);
      if (previous != null) {
        errors.error(
            subtype,
            DiscriminatorValue.class,
            "value",
            Message.DUPLICATE_DISCRIMINATOR,
            previous.getSimpleName(),
            subtype.getSimpleName(),
            base.getSimpleName(),
            key,
            value);
      }
      subtypes.add(subtype);
    }
    if (errors.hasErrors()) {
      return new SchemaValidator.Invalid();
    }
    List<FieldDescriptor> common = new ArrayList<>();
    for (int i = 0; i < subtypes.size(); i++) {
      Map<String, FieldDescriptor> fields = new LinkedHashMap<>();
      for (VariableElement field : FieldScanner.instanceFields(subtypes.get(i))) {
        TypeResolver.Resolution resolution = resolver.resolve(field.asType());
        if (resolution instanceof TypeResolver.Missing missing) {
          return new SchemaValidator.Deferred(field, missing.found());
        }
        if (resolution instanceof TypeResolver.Resolved resolved
            && !FieldScanner.isTransient(field)
            && !FieldScanner.hasAnnotation(field, EXTRA_FIELDS)) {
          FieldDescriptor model = field(field, resolved.type());
          fields.put(model.name(), model);
        }
      }
      if (i == 0) {
        common.addAll(fields.values());
      } else {
        common.removeIf(f -> !f.equals(fields.get(f.name())));
      }
    }
    ClassName className = ClassName.get(base);
    String modelName = Hierarchies.modelName(base);
    Optional<SchemaDescriptor.TypedModelModel> typedModel =
        base.getAnnotation(Model.class) == null
            ? Optional.empty()
            : Optional.of(
                new SchemaDescriptor.TypedModelModel(SchemaNames.modelOf(className), List.of()));
    List<DiscriminatorDescriptor.Subtype> described =
        subtypes.stream()
            .map(
                s ->
                    new DiscriminatorDescriptor.Subtype(
                        ClassName.get(s),
                        SchemaNames.schemaOf(ClassName.get(s)),
                        Hierarchies.value(s)))
            .toList();
    return new SchemaValidator.Valid(
        new SchemaDescriptor(
            className,
            SchemaNames.schemaOf(className),
            false,
            modelName,
            Hierarchies.collection(base),
            SchemaValidator.options(schema),
            common,
            List.of(),
            List.of(),
            Optional.empty(),
            typedModel,
            Optional.of(new DiscriminatorDescriptor(key, null, described))));
  }

  /**
   * {@code @DiscriminatorValue} only on a subtype, non-empty; {@code @DiscriminatorKey} only on a
   * base.
   */
  static void checkSubtypeAnnotations(TypeElement type, boolean subtype, ErrorReporter errors) {
    DiscriminatorValue value = type.getAnnotation(DiscriminatorValue.class);
    if (value != null && !subtype) {
      errors.error(
          type,
          Annotations.mirror(type, DiscriminatorValue.class).orElse(null),
          Message.DISCRIMINATOR_PLACEMENT,
          "DiscriminatorValue",
          "the types a sealed @Schema interface or abstract class permits",
          type.getQualifiedName(),
          "Remove it, or make "
              + type.getSimpleName()
              + " implement or extend a sealed @Schema type.");
    } else if (value != null && value.value().isEmpty()) {
      errors.error(
          type,
          DiscriminatorValue.class,
          "value",
          Message.DISCRIMINATOR_VALUE,
          type.getQualifiedName());
    }
    if (type.getAnnotation(DiscriminatorKey.class) != null) {
      errors.error(
          type,
          Annotations.mirror(type, DiscriminatorKey.class).orElse(null),
          Message.DISCRIMINATOR_PLACEMENT,
          "DiscriminatorKey",
          "sealed @Schema interfaces and abstract classes",
          type.getQualifiedName(),
          "Put it on the sealed type the subtypes share, or remove it.");
    }
  }

  /** A subtype may repeat its base's collection, but not name another one. */
  static void checkSubtypeCollection(
      TypeElement type, Schema schema, TypeElement base, ErrorReporter errors) {
    String collection = Hierarchies.collection(base);
    if (!schema.collection().isEmpty() && !schema.collection().equals(collection)) {
      errors.error(
          type,
          Schema.class,
          "collection",
          Message.SUBTYPE_COLLECTION,
          type.getQualifiedName(),
          schema.collection(),
          base.getSimpleName(),
          collection,
          type.getSimpleName(),
          base.getSimpleName());
    }
  }

  /**
   * A subtype's field as the base sees it: name, stored key and type (it reads no values itself).
   */
  private static FieldDescriptor field(VariableElement field, TypeDescriptor type) {
    String name = field.getSimpleName().toString();
    Field annotation = field.getAnnotation(Field.class);
    boolean id = field.getAnnotation(Id.class) != null || name.equals("id");
    String key = id ? "_id" : annotation != null ? annotation.value() : name;
    Access access = new Access(Access.Kind.METHOD, name);
    return new FieldDescriptor(
        name,
        key,
        type,
        access,
        access,
        id,
        false,
        new FieldDescriptor.Validators(null, null, null, null, null, List.of()));
  }
}
