package dev.meerkat.processor.internal.writer;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import dev.meerkat.processor.internal.descriptor.FieldDescriptor;
import dev.meerkat.processor.internal.descriptor.SchemaDescriptor;
import dev.meerkat.processor.internal.descriptor.TypeDescriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code idOf} and {@code prepareInsert}: new ObjectId ids (unless {@code @Schema(id =
 * false)}) and timestamps, as Mongoose does on save, for the document and, through their schemas,
 * for its subdocuments (Mongoose gives every subdocument an {@code _id}).
 */
final class Inserts {
  private Inserts() {}

  static MethodSpec idOf(SchemaDescriptor schema) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("idOf")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(Object.class)
            .addParameter(schema.type(), "document");
    Optional<FieldDescriptor> id = schema.id();
    if (id.isPresent()) {
      method.addStatement("return $L", Access.read(id.get().getter(), "document"));
    } else {
      method.addStatement("return null");
    }
    return method.build();
  }

  static MethodSpec prepareInsert(SchemaDescriptor schema) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("prepareInsert")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(schema.type())
            .addParameter(schema.type(), "document")
            .addParameter(RuntimeTypes.INSTANT, "now");
    CodeBlock newId = schema.options().id() ? schema.id().map(Inserts::newId).orElse(null) : null;
    boolean timestamps = schema.options().timestamps();
    List<FieldDescriptor> embedded =
        schema.fields().stream().filter(Inserts::holdsSubdocuments).toList();
    if (newId == null && !timestamps && embedded.isEmpty()) {
      return method.addStatement("return document").build();
    }
    if (!schema.isRecord()) {
      for (FieldDescriptor field : embedded) {
        method.addStatement(
            Access.write(
                field.setter(),
                "document",
                prepareEmbedded(field, Access.read(field.getter(), "document"))));
      }
      if (newId != null) {
        FieldDescriptor id = schema.id().orElseThrow();
        method
            .beginControlFlow("if ($L == null)", Access.read(id.getter(), "document"))
            .addStatement(Access.write(id.setter(), "document", newId))
            .endControlFlow();
      }
      if (timestamps) {
        FieldDescriptor created = schema.field("createdAt").orElseThrow();
        FieldDescriptor updated = schema.field("updatedAt").orElseThrow();
        method
            .beginControlFlow("if ($L == null)", Access.read(created.getter(), "document"))
            .addStatement(Access.write(created.setter(), "document", time(created)))
            .endControlFlow()
            .addStatement(Access.write(updated.setter(), "document", time(updated)));
      }
      return method.addStatement("return document").build();
    }
    // Without timestamps a document that has an id is returned as is, so past that check the id is
    // null.
    boolean idIsNull = newId != null && !timestamps && embedded.isEmpty();
    if (idIsNull) {
      method
          .beginControlFlow(
              "if ($L != null)", Access.read(schema.id().orElseThrow().getter(), "document"))
          .addStatement("return document")
          .endControlFlow();
    }
    List<CodeBlock> arguments = new ArrayList<>();
    for (SchemaDescriptor.Component component : schema.components()) {
      CodeBlock current = CodeBlock.of("document.$N()", component.name());
      Optional<FieldDescriptor> field =
          schema
              .field(component.name())
              .filter(f -> component.role() == SchemaDescriptor.Component.Role.MAPPED);
      CodeBlock prepared = field.map(f -> prepareEmbedded(f, current)).orElse(null);
      if (prepared != null) {
        arguments.add(prepared);
      } else if (field.isPresent() && field.get().id() && newId != null) {
        arguments.add(
            idIsNull ? newId : CodeBlock.of("$L == null ? $L : $L", current, newId, current));
      } else if (timestamps && field.isPresent() && component.name().equals("createdAt")) {
        arguments.add(CodeBlock.of("$L == null ? $L : $L", current, time(field.get()), current));
      } else if (timestamps && field.isPresent() && component.name().equals("updatedAt")) {
        arguments.add(time(field.get()));
      } else {
        arguments.add(current);
      }
    }
    return method
        .addStatement("return new $T($L)", schema.type(), CodeBlock.join(arguments, ",$W"))
        .build();
  }

  /**
   * Whether {@code field} is a subdocument, or a collection or map of them, which its schema
   * prepares too.
   */
  private static boolean holdsSubdocuments(FieldDescriptor field) {
    TypeDescriptor type = field.type();
    if (type instanceof TypeDescriptor.CollectionType collection) {
      type = collection.element();
    } else if (type instanceof TypeDescriptor.MapType map) {
      type = map.value();
    }
    return type instanceof TypeDescriptor.Nested;
  }

  /**
   * The subdocuments of {@code field} (read by {@code current}) prepared by their schema, or null
   * if it holds none.
   */
  private static CodeBlock prepareEmbedded(FieldDescriptor field, CodeBlock current) {
    if (field.type() instanceof TypeDescriptor.Nested nested) {
      return CodeBlock.of(
          "$L == null$W? null$W: $T.INSTANCE.prepareInsert($L, now)",
          current,
          nested.schema(),
          current);
    }
    if (field.type() instanceof TypeDescriptor.CollectionType collection
        && collection.element() instanceof TypeDescriptor.Nested nested) {
      String method =
          switch (collection.kind()) {
            case LIST -> "prepareList";
            case SET -> "prepareSet";
            case COLLECTION -> "prepareCollection";
          };
      return CodeBlock.of(
          "$T.$N($L, $T.INSTANCE, now)", RuntimeTypes.DOCUMENTS, method, current, nested.schema());
    }
    if (field.type() instanceof TypeDescriptor.MapType map
        && map.value() instanceof TypeDescriptor.Nested nested) {
      return CodeBlock.of(
          "$T.prepareMap($L, $T.INSTANCE, now)", RuntimeTypes.DOCUMENTS, current, nested.schema());
    }
    return null;
  }

  private static CodeBlock newId(FieldDescriptor id) {
    if (!(id.type() instanceof TypeDescriptor.Scalar scalar)) {
      return null;
    }
    return switch (scalar.kind()) {
      case OBJECT_ID -> CodeBlock.of("new $T()", RuntimeTypes.OBJECT_ID);
      case STRING -> CodeBlock.of("new $T().toHexString()", RuntimeTypes.OBJECT_ID);
      default -> null;
    };
  }

  private static CodeBlock time(FieldDescriptor field) {
    TypeName type = field.type().javaType();
    return type.equals(RuntimeTypes.DATE)
        ? CodeBlock.of("$T.from(now)", RuntimeTypes.DATE)
        : CodeBlock.of("now");
  }
}
