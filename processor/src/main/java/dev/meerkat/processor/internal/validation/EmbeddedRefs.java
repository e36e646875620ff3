package dev.meerkat.processor.internal.validation;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.meerkat.processor.internal.descriptor.EmbeddedRefDescriptor;
import dev.meerkat.processor.internal.descriptor.EmbeddedRefDescriptor.Hop;
import dev.meerkat.processor.internal.descriptor.FieldDescriptor.Access;
import dev.meerkat.processor.internal.descriptor.FieldScanner;
import dev.meerkat.processor.internal.descriptor.SchemaNames;
import dev.meerkat.processor.internal.descriptor.TypeDescriptor;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * Finds the {@code Ref} fields inside a schema's embedded subdocuments ({@code comments[].author}),
 * for the {@code RefPath} constants of the top-level schema and for {@code @Populate} paths. A
 * subdocument type is entered once per path, so a type that embeds itself gives its references one
 * level down, and the walk always ends.
 */
final class EmbeddedRefs {
  private final FieldScanner scanner;
  private final PropertyResolver properties;

  EmbeddedRefs(Types types) {
    this.scanner = new FieldScanner(types);
    this.properties = new PropertyResolver(types);
  }

  /** A field that holds subdocuments: their type and how many. */
  record Subdocuments(TypeElement type, Hop.Kind kind) {}

  /** The embedded references of {@code type}, in field order, depth first. */
  List<EmbeddedRefDescriptor> collect(TypeElement type) {
    Set<String> taken = new HashSet<>();
    taken.add("INSTANCE");
    for (VariableElement field : PropertyResolver.storedFields(type)) {
      taken.add(constantName(field.getSimpleName().toString()));
    }
    Walk walk = new Walk(packageOf(type), taken, new ArrayList<>());
    for (VariableElement field : PropertyResolver.storedFields(type)) {
      subdocuments(field.asType())
          .ifPresent(
              sub ->
                  walk.enter(type, field, sub, List.of(), List.of(), List.of(), new HashSet<>()));
    }
    return List.copyOf(walk.found);
  }

  /**
   * The subdocuments a field of {@code type} holds: a {@code @Schema} type, optional, or a list.
   */
  Optional<Subdocuments> subdocuments(TypeMirror type) {
    Optional<TypeElement> one = PropertyResolver.schemaType(type);
    if (one.isPresent()) {
      return Optional.of(new Subdocuments(one.get(), Hop.Kind.ONE));
    }
    TypeMirror element = properties.elementOf(type);
    if (element != null) {
      return PropertyResolver.schemaType(element).map(t -> new Subdocuments(t, Hop.Kind.EACH));
    }
    if (named(type, "java.util.Optional") && ((DeclaredType) type).getTypeArguments().size() == 1) {
      return PropertyResolver.schemaType(((DeclaredType) type).getTypeArguments().get(0))
          .map(t -> new Subdocuments(t, Hop.Kind.OPTIONAL));
    }
    return Optional.empty();
  }

  /** The type a {@code Ref<T>} or collection of them refers to, if {@code type} is one. */
  Optional<TypeElement> refTarget(TypeMirror type) {
    TypeMirror element = properties.elementOf(type);
    TypeMirror ref = element != null ? element : type;
    if (named(ref, "dev.meerkat.Ref") && ((DeclaredType) ref).getTypeArguments().size() == 1) {
      return PropertyResolver.schemaType(((DeclaredType) ref).getTypeArguments().get(0));
    }
    return Optional.empty();
  }

  /** The Java name written as a constant: {@code approvedBy_user -> APPROVED_BY_USER}. */
  static String constantName(String name) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isUpperCase(c) && i > 0 && !Character.isUpperCase(name.charAt(i - 1))) {
        out.append('_');
      }
      out.append(Character.toUpperCase(c));
    }
    return out.toString();
  }

  private final class Walk {
    final String rootPackage;
    final Set<String> taken;
    final List<EmbeddedRefDescriptor> found;

    Walk(String rootPackage, Set<String> taken, List<EmbeddedRefDescriptor> found) {
      this.rootPackage = rootPackage;
      this.taken = taken;
      this.found = found;
    }

    void enter(
        TypeElement owner,
        VariableElement field,
        Subdocuments sub,
        List<Hop> hops,
        List<String> names,
        List<String> keys,
        Set<String> chain) {
      Optional<Access> getter = readable(owner, field);
      String nestedName = sub.type().getQualifiedName().toString();
      if (getter.isEmpty() || chain.contains(nestedName)) {
        return;
      }
      List<Hop> nextHops = append(hops, new Hop(getter.get(), sub.kind()));
      List<String> nextNames = append(names, field.getSimpleName().toString());
      List<String> nextKeys = append(keys, PropertyResolver.keyOf(owner, field));
      Set<String> nextChain = new HashSet<>(chain);
      nextChain.add(nestedName);
      for (VariableElement inner : PropertyResolver.storedFields(sub.type())) {
        Optional<TypeElement> target = refTarget(inner.asType());
        if (target.isPresent()) {
          readable(sub.type(), inner)
              .ifPresent(
                  read ->
                      add(sub.type(), inner, read, target.get(), nextHops, nextNames, nextKeys));
        } else {
          subdocuments(inner.asType())
              .ifPresent(
                  deeper ->
                      enter(sub.type(), inner, deeper, nextHops, nextNames, nextKeys, nextChain));
        }
      }
    }

    private void add(
        TypeElement owner,
        VariableElement field,
        Access getter,
        TypeElement target,
        List<Hop> hops,
        List<String> names,
        List<String> keys) {
      String name = field.getSimpleName().toString();
      String constant = constantName(String.join("_", names) + "_" + name);
      while (!taken.add(constant)) {
        constant = constant + "_";
      }
      ClassName targetName = ClassName.get(target);
      found.add(
          new EmbeddedRefDescriptor(
              constant,
              String.join(".", names) + "." + name,
              String.join(".", keys) + "." + PropertyResolver.keyOf(owner, field),
              hops,
              getter,
              properties.elementOf(field.asType()) != null,
              new TypeDescriptor.RefType(
                  targetName, SchemaNames.schemaOf(targetName), TypeName.get(field.asType()))));
    }

    /** How generated code in the top-level schema's package reads {@code field}, if it can. */
    private Optional<Access> readable(TypeElement owner, VariableElement field) {
      Optional<Access> getter = scanner.getter(owner, field);
      if (getter.isEmpty()
          || owner.getKind() == ElementKind.RECORD
          || packageOf(owner).equals(rootPackage)) {
        return getter;
      }
      for (Element member : owner.getEnclosedElements()) {
        if (member.getSimpleName().contentEquals(getter.get().name())
            && member.getModifiers().contains(Modifier.PUBLIC)) {
          return getter;
        }
      }
      return Optional.empty();
    }
  }

  private static <E> List<E> append(List<E> list, E element) {
    List<E> longer = new ArrayList<>(list);
    longer.add(element);
    return List.copyOf(longer);
  }

  private static boolean named(TypeMirror type, String qualifiedName) {
    return type.getKind() == TypeKind.DECLARED
        && ((DeclaredType) type).asElement() instanceof TypeElement element
        && element.getQualifiedName().contentEquals(qualifiedName);
  }

  private static String packageOf(Element element) {
    Element current = element;
    while (!(current instanceof PackageElement)) {
      current = current.getEnclosingElement();
    }
    return ((PackageElement) current).getQualifiedName().toString();
  }
}
