package dev.meerkat.processor.internal.validation;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.meerkat.annotations.Projection;
import dev.meerkat.processor.internal.descriptor.FieldDescriptor;
import dev.meerkat.processor.internal.descriptor.Hierarchies;
import dev.meerkat.processor.internal.descriptor.ProjectionDescriptor;
import dev.meerkat.processor.internal.descriptor.SchemaDescriptor;
import dev.meerkat.processor.internal.descriptor.TypeDescriptor;
import dev.meerkat.processor.internal.descriptor.TypeResolver;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * Checks a {@code @Projection} record against the schema it projects (each component a field of the
 * same name and type, or a {@code @Projection} of that field's subdocument type) and builds its
 * {@link ProjectionDescriptor}.
 */
public final class ProjectionChecks {
  private final Types types;
  private final TypeResolver resolver;
  private final PropertyResolver properties;

  /** Creates the checks over the compiler's type utilities. */
  public ProjectionChecks(Types types) {
    this.types = types;
    this.resolver = new TypeResolver(types);
    this.properties = new PropertyResolver(types);
  }

  /**
   * Checks {@code record}; the descriptor, or empty after reporting errors (or when a type is
   * missing).
   */
  public Optional<ProjectionDescriptor> check(TypeElement record, ErrorReporter errors) {
    Optional<TypeMirror> sourceType = MethodShapes.projectionSource(record);
    Optional<TypeElement> source = sourceType.flatMap(PropertyResolver::schemaType);
    if (record.getKind() != ElementKind.RECORD || source.isEmpty()) {
      // Not a record: the type is at fault; a record of a non-@Schema type: the value names it.
      AnnotationMirror at =
          record.getKind() == ElementKind.RECORD
              ? Annotations.mirror(record, Projection.class).orElse(null)
              : null;
      errors.error(
          record,
          at,
          at == null ? null : Annotations.value(at, "value"),
          Message.PROJECTION_KIND,
          record.getSimpleName(),
          record.getKind() != ElementKind.RECORD
              ? "is not a record"
              : "projects "
                  + sourceType.map(Object::toString).orElse("nothing")
                  + ", which is not a @Schema type",
          record.getKind() != ElementKind.RECORD
              ? "Declare it as a record."
              : "Name a @Schema type.");
      return Optional.empty();
    }
    List<FieldDescriptor> fields = new ArrayList<>();
    List<SchemaDescriptor.Component> components = new ArrayList<>();
    for (RecordComponentElement component : record.getRecordComponents()) {
      String name = component.getSimpleName().toString();
      Optional<VariableElement> field = PropertyResolver.field(source.get(), name);
      if (field.isEmpty()) {
        List<String> names =
            PropertyResolver.storedFields(source.get()).stream()
                .map(f -> f.getSimpleName().toString())
                .toList();
        errors.error(
            record,
            Message.PROJECTION_COMPONENT,
            source.get().getSimpleName(),
            name,
            record.getSimpleName(),
            PropertyResolver.closest(name, names)
                .map(c -> "Did you mean " + c + "?")
                .orElse(
                    "The fields of "
                        + source.get().getSimpleName()
                        + " are: "
                        + String.join(", ", names)
                        + "."));
        continue;
      }
      TypeDescriptor type = componentType(component.asType(), field.get().asType());
      if (type == null) {
        errors.error(
            record,
            Message.PROJECTION_COMPONENT_TYPE,
            name,
            record.getSimpleName(),
            component.asType(),
            name,
            source.get().getSimpleName(),
            field.get().asType(),
            field.get().asType(),
            PropertyResolver.schemaType(field.get().asType()).isPresent()
                ? " (or a @Projection(" + field.get().asType() + ".class) record)"
                : "");
        continue;
      }
      String key = PropertyResolver.keyOf(source.get(), field.get());
      FieldDescriptor.Access getter =
          new FieldDescriptor.Access(FieldDescriptor.Access.Kind.METHOD, name);
      FieldDescriptor.Access setter =
          new FieldDescriptor.Access(FieldDescriptor.Access.Kind.CONSTRUCTOR, name);
      fields.add(
          new FieldDescriptor(
              name,
              key,
              type,
              getter,
              setter,
              key.equals("_id"),
              false,
              new FieldDescriptor.Validators(null, null, null, null, null, List.of())));
      components.add(
          new SchemaDescriptor.Component(
              name, TypeName.get(component.asType()), SchemaDescriptor.Component.Role.MAPPED));
    }
    if (errors.hasErrors()) {
      return Optional.empty();
    }
    ClassName recordName = ClassName.get(record);
    ClassName generated = ProjectionDescriptor.generatedOf(recordName);
    SchemaDescriptor codecModel =
        new SchemaDescriptor(
            recordName,
            generated,
            true,
            // Cast failures name the model whose documents are read, as a full read's do.
            Hierarchies.modelName(source.get()),
            "",
            new SchemaDescriptor.OptionsModel(
                null, null, null, 0, 0, null, false, false, true, null, false),
            fields,
            components,
            List.of(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty());
    List<String> keys = keys(record, source.get());
    return Optional.of(
        new ProjectionDescriptor(
            recordName,
            generated,
            ClassName.get(source.get()),
            codecModel,
            keys,
            keys.contains("_id")));
  }

  /**
   * How a component of {@code declared} type reading a field of type {@code field} is decoded, or
   * null.
   */
  private TypeDescriptor componentType(TypeMirror declared, TypeMirror field) {
    if (types.isSameType(declared, field)) {
      return resolver.resolve(declared) instanceof TypeResolver.Resolved resolved
          ? resolved.type()
          : null;
    }
    TypeMirror declaredElement = properties.elementOf(declared);
    TypeMirror fieldElement = properties.elementOf(field);
    if (declaredElement != null && fieldElement != null) {
      TypeDescriptor element = nestedProjection(declaredElement, fieldElement);
      if (element == null) {
        return null;
      }
      String name = MethodShapes.qualifiedName((DeclaredType) declared);
      TypeDescriptor.CollectionKind kind =
          name.endsWith("Set")
              ? TypeDescriptor.CollectionKind.SET
              : name.endsWith("Collection")
                  ? TypeDescriptor.CollectionKind.COLLECTION
                  : TypeDescriptor.CollectionKind.LIST;
      return new TypeDescriptor.CollectionType(kind, element, TypeName.get(declared));
    }
    return nestedProjection(declared, field);
  }

  private TypeDescriptor nestedProjection(TypeMirror declared, TypeMirror field) {
    if (declared.getKind() != TypeKind.DECLARED || PropertyResolver.schemaType(field).isEmpty()) {
      return null;
    }
    TypeElement record = (TypeElement) ((DeclaredType) declared).asElement();
    boolean projects =
        MethodShapes.projectionSource(record).map(s -> types.isSameType(s, field)).orElse(false);
    if (!projects) {
      return null;
    }
    ClassName name = ClassName.get(record);
    return new TypeDescriptor.Nested(name, ProjectionDescriptor.generatedOf(name));
  }

  /** The stored keys a projection reads, dotted into nested projections. */
  private List<String> keys(TypeElement record, TypeElement source) {
    List<String> keys = new ArrayList<>();
    for (RecordComponentElement component : record.getRecordComponents()) {
      VariableElement field =
          PropertyResolver.field(source, component.getSimpleName().toString()).orElseThrow();
      String key = PropertyResolver.keyOf(source, field);
      TypeMirror declared = component.asType();
      TypeMirror element = properties.elementOf(declared);
      TypeMirror single = element != null ? element : declared;
      TypeMirror fieldType =
          properties.elementOf(field.asType()) != null
              ? properties.elementOf(field.asType())
              : field.asType();
      if (!types.isSameType(single, fieldType) && single.getKind() == TypeKind.DECLARED) {
        TypeElement nested = (TypeElement) ((DeclaredType) single).asElement();
        TypeElement nestedSource = PropertyResolver.schemaType(fieldType).orElseThrow();
        for (String sub : keys(nested, nestedSource)) {
          keys.add(key + "." + sub);
        }
      } else {
        keys.add(key);
      }
    }
    return keys;
  }
}
