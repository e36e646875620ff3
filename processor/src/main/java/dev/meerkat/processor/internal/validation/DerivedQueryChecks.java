package dev.meerkat.processor.internal.validation;

import dev.meerkat.processor.internal.descriptor.Keyword;
import dev.meerkat.processor.internal.descriptor.MethodDescriptor.Criterion;
import dev.meerkat.processor.internal.descriptor.MethodDescriptor.SortKey;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Types;

/**
 * Resolves a parsed derived-query name against the schema: each property to its stored key, each
 * keyword to the parameters it consumes, and checks those parameters' types. Every problem is
 * reported on the method.
 */
final class DerivedQueryChecks {
  private static final Set<Keyword> STRING_ONLY =
      EnumSet.of(
          Keyword.STARTING_WITH,
          Keyword.ENDING_WITH,
          Keyword.LIKE,
          Keyword.NOT_LIKE,
          Keyword.MATCHES);
  private static final Set<Keyword> CASE_INSENSITIVE =
      EnumSet.of(
          Keyword.EQUALS,
          Keyword.NOT,
          Keyword.STARTING_WITH,
          Keyword.ENDING_WITH,
          Keyword.CONTAINING,
          Keyword.NOT_CONTAINING,
          Keyword.LIKE,
          Keyword.NOT_LIKE,
          Keyword.MATCHES);
  private static final Set<String> PLAIN =
      Set.of(
          "java.lang.String",
          "java.lang.Boolean",
          "java.lang.Byte",
          "java.lang.Short",
          "java.lang.Integer",
          "java.lang.Long",
          "java.lang.Float",
          "java.lang.Double",
          "org.bson.types.ObjectId",
          "java.util.Date",
          "java.time.Instant",
          "org.bson.types.Decimal128",
          "java.util.regex.Pattern");

  private final Types types;
  private final PropertyResolver properties;
  private final ExecutableElement method;
  private final String owner;
  private final ErrorReporter errors;

  DerivedQueryChecks(Types types, ExecutableElement method, ErrorReporter errors) {
    this.types = types;
    this.properties = new PropertyResolver(types);
    this.method = method;
    this.owner = method.getEnclosingElement().getSimpleName().toString();
    this.errors = errors;
  }

  /** The criteria, {@code Or} groups of {@code And}ed ones, or null after reporting errors. */
  List<List<Criterion>> criteria(
      TypeElement entity, MethodNameParser.Parsed parsed, List<VariableElement> values) {
    List<List<Resolved>> groups = new ArrayList<>();
    boolean ok = true;
    for (List<MethodNameParser.Part> group : parsed.groups()) {
      List<Resolved> resolved = new ArrayList<>();
      for (MethodNameParser.Part part : group) {
        Resolved r = resolve(entity, part);
        if (r == null) {
          ok = false;
        } else {
          resolved.add(r);
        }
      }
      groups.add(resolved);
    }
    if (!ok) {
      return null;
    }
    List<Resolved> all = groups.stream().flatMap(List::stream).toList();
    int needed = all.stream().mapToInt(r -> r.keyword().arity()).sum();
    if (needed != values.size()) {
      String takes =
          all.stream()
              .map(r -> r.part().text() + " takes " + r.keyword().arity())
              .collect(Collectors.joining(", "));
      errors.error(
          method,
          Message.PARAMETER_COUNT,
          takes,
          owner,
          method.getSimpleName(),
          values.size(),
          needed);
      return null;
    }
    int next = 0;
    List<List<Criterion>> criteria = new ArrayList<>();
    for (List<Resolved> group : groups) {
      List<Criterion> out = new ArrayList<>();
      for (Resolved r : group) {
        List<VariableElement> parameters = values.subList(next, next + r.keyword().arity());
        next += r.keyword().arity();
        Criterion criterion = criterion(r, parameters);
        if (criterion == null) {
          ok = false;
        } else {
          out.add(criterion);
        }
      }
      criteria.add(out);
    }
    return ok ? criteria : null;
  }

  /** The {@code OrderBy} keys, or null after reporting errors. */
  List<SortKey> order(TypeElement entity, List<MethodNameParser.OrderPart> parts) {
    List<SortKey> keys = new ArrayList<>();
    for (MethodNameParser.OrderPart part : parts) {
      Object result = properties.resolve(entity, part.property());
      if (result instanceof PropertyResolver.Property property) {
        keys.add(new SortKey(property.key(), part.ascending()));
      } else {
        unknown(part.property(), (PropertyResolver.Unknown) result);
        return null;
      }
    }
    return keys;
  }

  private record Resolved(
      MethodNameParser.Part part, Keyword keyword, PropertyResolver.Property property) {}

  private Resolved resolve(TypeElement entity, MethodNameParser.Part part) {
    PropertyResolver.Unknown first = null;
    for (MethodNameParser.Reading reading : part.candidates()) {
      Object result = properties.resolve(entity, reading.property());
      if (result instanceof PropertyResolver.Property property) {
        return new Resolved(part, reading.keyword(), property);
      }
      first = first == null ? (PropertyResolver.Unknown) result : first;
    }
    unknown(part.candidates().get(0).property(), first);
    return null;
  }

  private void unknown(String text, PropertyResolver.Unknown unknown) {
    String hint =
        unknown
            .suggestion()
            .map(s -> "Did you mean \"" + s + "\"?")
            .orElse("Its fields are: " + String.join(", ", unknown.fields()) + ".");
    errors.error(
        method,
        Message.UNKNOWN_PROPERTY,
        owner,
        method.getSimpleName(),
        text,
        unknown.owner().getSimpleName(),
        unknown.name(),
        hint);
  }

  private Criterion criterion(Resolved r, List<VariableElement> parameters) {
    TypeMirror property = r.property().type();
    TypeMirror element = properties.elementOf(property);
    TypeMirror single = element != null ? element : property;
    Keyword keyword = r.keyword();
    String use = r.part().text();
    if (r.part().ignoreCase() && (!isString(single) || !CASE_INSENSITIVE.contains(keyword))) {
      return keywordError(
          "IgnoreCase",
          "String properties compared with Is, Not, StartingWith, EndingWith,"
              + " Containing, Like or Matches",
          use,
          property);
    }
    if (STRING_ONLY.contains(keyword) && !isString(single)) {
      return keywordError(keyword.display(), "String properties", use, property);
    }
    if ((keyword == Keyword.CONTAINING || keyword == Keyword.NOT_CONTAINING)
        && element == null
        && !isString(property)) {
      return keywordError(
          keyword.display(), "String properties and arrays (Lists and Sets)", use, property);
    }
    if ((keyword == Keyword.TRUE || keyword == Keyword.FALSE)
        && unbox(single).getKind() != TypeKind.BOOLEAN) {
      return keywordError(keyword.display(), "boolean properties", use, property);
    }
    boolean ok = true;
    for (VariableElement parameter : parameters) {
      ok &= checkParameter(keyword, use, property, element, parameter);
    }
    if (!ok) {
      return null;
    }
    boolean convert =
        keyword == Keyword.IN
            || keyword == Keyword.NOT_IN
            || parameters.stream().anyMatch(p -> needsConversion(p.asType()));
    return new Criterion(
        r.property().key(),
        keyword,
        parameters.stream().map(p -> p.getSimpleName().toString()).toList(),
        r.part().ignoreCase(),
        convert,
        element != null);
  }

  private boolean checkParameter(
      Keyword keyword,
      String use,
      TypeMirror property,
      TypeMirror element,
      VariableElement parameter) {
    TypeMirror type = parameter.asType();
    TypeMirror single = element != null ? element : property;
    String expected;
    boolean fits;
    switch (keyword) {
      case IN, NOT_IN -> {
        expected = "a Collection<" + boxedName(single) + "> or " + single + "[]";
        fits = isCollectionOf(type, single);
      }
      case EXISTS -> {
        expected = "boolean";
        fits = unbox(type).getKind() == TypeKind.BOOLEAN;
      }
      case MATCHES -> {
        expected = "String or java.util.regex.Pattern";
        fits = isString(type) || MethodShapes.named(type, "java.util.regex.Pattern");
      }
      case STARTING_WITH, ENDING_WITH, LIKE, NOT_LIKE -> {
        expected = "String";
        fits = isString(type);
      }
      case CONTAINING, NOT_CONTAINING -> {
        expected = element != null ? element.toString() : "String";
        fits = same(type, single);
      }
      case EQUALS, NOT -> {
        expected = element != null ? element + " or " + property : property.toString();
        fits = same(type, property) || (element != null && same(type, element));
      }
      default -> {
        expected = single.toString();
        fits = same(type, single);
      }
    }
    if (!fits) {
      errors.error(
          method,
          Message.PARAMETER_TYPE,
          use,
          "a property of type " + property,
          expected,
          parameter.getSimpleName(),
          owner,
          method.getSimpleName(),
          type,
          expected);
    }
    return fits;
  }

  private Criterion keywordError(
      String keyword, String appliesTo, String use, TypeMirror property) {
    errors.error(
        method,
        Message.KEYWORD_TYPE,
        keyword,
        appliesTo,
        owner,
        method.getSimpleName(),
        use,
        property);
    return null;
  }

  private boolean isCollectionOf(TypeMirror type, TypeMirror element) {
    if (type.getKind() == TypeKind.ARRAY) {
      return same(((ArrayType) type).getComponentType(), element);
    }
    if (type.getKind() != TypeKind.DECLARED) {
      return false;
    }
    DeclaredType declared = (DeclaredType) type;
    String name = MethodShapes.qualifiedName(declared);
    if (!Set.of("java.util.Collection", "java.util.List", "java.util.Set", "java.lang.Iterable")
            .contains(name)
        || declared.getTypeArguments().size() != 1) {
      return false;
    }
    TypeMirror argument = declared.getTypeArguments().get(0);
    if (argument instanceof WildcardType wildcard && wildcard.getExtendsBound() != null) {
      argument = wildcard.getExtendsBound();
    }
    return same(argument, element);
  }

  private boolean needsConversion(TypeMirror type) {
    if (type.getKind().isPrimitive()) {
      return type.getKind() == TypeKind.CHAR;
    }
    return !(type.getKind() == TypeKind.DECLARED
        && PLAIN.contains(MethodShapes.qualifiedName((DeclaredType) type)));
  }

  private boolean same(TypeMirror a, TypeMirror b) {
    return types.isSameType(boxed(a), boxed(b));
  }

  private TypeMirror boxed(TypeMirror type) {
    return type.getKind().isPrimitive()
        ? types.boxedClass((javax.lang.model.type.PrimitiveType) type).asType()
        : type;
  }

  private String boxedName(TypeMirror type) {
    return boxed(type).toString();
  }

  private TypeMirror unbox(TypeMirror type) {
    try {
      return type.getKind() == TypeKind.DECLARED ? types.unboxedType(type) : type;
    } catch (IllegalArgumentException notABox) {
      return type;
    }
  }

  private static boolean isString(TypeMirror type) {
    return MethodShapes.named(type, "java.lang.String");
  }
}
