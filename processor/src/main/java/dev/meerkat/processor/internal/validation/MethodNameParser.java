package dev.meerkat.processor.internal.validation;

import dev.meerkat.processor.internal.descriptor.Keyword;
import dev.meerkat.processor.internal.descriptor.MethodDescriptor.Operation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a derived query method's name into its parts, Spring Data's grammar: {@code subject
 * [Distinct] [First|Top<N>] By predicate [OrderBy order]}, the predicate being {@code Or}-separated
 * groups of {@code And}-separated parts, each a property followed by an optional keyword and {@code
 * IgnoreCase}. Property names are left unresolved; {@link DerivedQueryChecks} resolves them against
 * the schema.
 */
final class MethodNameParser {
  private static final Pattern PREFIX =
      Pattern.compile(
          "^(find|read|get|query|search|stream|count|exists|delete|remove)(\\p{Lu}.*?)??By(.*)$");
  private static final Pattern LIMIT = Pattern.compile("(First|Top)(\\d*)");
  private static final Pattern OR = Pattern.compile("Or(?=\\p{Lu})");
  private static final Pattern AND = Pattern.compile("And(?=\\p{Lu})");
  private static final Pattern ORDER = Pattern.compile("(?<=Asc|Desc)(?=\\p{Lu})");

  private MethodNameParser() {}

  /** The parsed name, or the reason it does not parse. */
  sealed interface Outcome {}

  /**
   * A parsed name.
   *
   * @param operation find, count, exists or delete
   * @param distinct {@code Distinct}
   * @param limit {@code First}/{@code Top<N>}, 0 for none
   * @param groups the {@code Or} groups of parts
   * @param order the {@code OrderBy} parts
   */
  record Parsed(
      Operation operation,
      boolean distinct,
      int limit,
      List<List<Part>> groups,
      List<OrderPart> order)
      implements Outcome {}

  /** Why the name does not parse, phrased to follow "Repository.method". */
  record Failed(String reason) implements Outcome {}

  /**
   * One predicate part.
   *
   * @param text the part as written ({@code AgeGreaterThan})
   * @param candidates the ways to read it, most specific keyword first: property text and keyword
   * @param ignoreCase {@code IgnoreCase} (or {@code AllIgnoreCase} on the method)
   */
  record Part(String text, List<Reading> candidates, boolean ignoreCase) {}

  /** One reading of a part: the property text and the keyword after it. */
  record Reading(String property, Keyword keyword) {}

  /** One {@code OrderBy} part: the property text and the direction. */
  record OrderPart(String property, boolean ascending) {}

  static Outcome parse(String name) {
    Matcher matcher = PREFIX.matcher(name);
    if (!matcher.matches()) {
      return new Failed("does not start with a subject followed by By, e.g. findByName");
    }
    Operation operation =
        switch (matcher.group(1)) {
          case "count" -> Operation.COUNT;
          case "exists" -> Operation.EXISTS;
          case "delete", "remove" -> Operation.DELETE;
          default -> Operation.FIND;
        };
    String subject = matcher.group(2) == null ? "" : matcher.group(2);
    boolean distinct = subject.contains("Distinct");
    int limit = 0;
    Matcher limitMatcher = LIMIT.matcher(subject);
    if (limitMatcher.find()) {
      limit = limitMatcher.group(2).isEmpty() ? 1 : Integer.parseInt(limitMatcher.group(2));
      if (limit < 1) {
        return new Failed(
            "asks for "
                + limitMatcher.group()
                + " results; First and Top take a count of at least 1");
      }
    }
    String rest = matcher.group(3);
    String predicate = rest;
    List<OrderPart> order = new ArrayList<>();
    int orderBy = rest.indexOf("OrderBy");
    if (orderBy >= 0) {
      predicate = rest.substring(0, orderBy);
      String orderText = rest.substring(orderBy + "OrderBy".length());
      if (orderText.isEmpty()) {
        return new Failed("ends with OrderBy but names no property to order by");
      }
      for (String part : ORDER.split(orderText)) {
        boolean descending = part.endsWith("Desc");
        String property =
            descending
                ? part.substring(0, part.length() - 4)
                : part.endsWith("Asc") ? part.substring(0, part.length() - 3) : part;
        if (property.isEmpty()) {
          return new Failed("has an OrderBy part without a property (" + part + ")");
        }
        order.add(new OrderPart(property, !descending));
      }
    }
    boolean allIgnoreCase = false;
    for (String suffix : List.of("AllIgnoreCase", "AllIgnoringCase")) {
      if (predicate.endsWith(suffix)) {
        predicate = predicate.substring(0, predicate.length() - suffix.length());
        allIgnoreCase = true;
      }
    }
    List<List<Part>> groups = new ArrayList<>();
    if (!predicate.isEmpty()) {
      for (String group : OR.split(predicate, -1)) {
        List<Part> parts = new ArrayList<>();
        for (String text : AND.split(group, -1)) {
          if (text.isEmpty()) {
            return new Failed("has an empty predicate between And/Or");
          }
          parts.add(part(text, allIgnoreCase));
        }
        groups.add(parts);
      }
    } else if (order.isEmpty()) {
      return new Failed("names no property after By");
    }
    return new Parsed(operation, distinct, limit, groups, order);
  }

  private static Part part(String text, boolean allIgnoreCase) {
    String body = text;
    boolean ignoreCase = allIgnoreCase;
    for (String suffix : List.of("IgnoreCase", "IgnoringCase")) {
      if (body.endsWith(suffix)) {
        body = body.substring(0, body.length() - suffix.length());
        ignoreCase = true;
      }
    }
    List<Reading> readings = new ArrayList<>();
    for (Keyword keyword : Keyword.values()) {
      for (String suffix : keyword.suffixes()) {
        if (body.endsWith(suffix) && body.length() > suffix.length()) {
          readings.add(new Reading(body.substring(0, body.length() - suffix.length()), keyword));
        }
      }
    }
    readings.sort(Comparator.comparingInt((Reading r) -> r.property().length()));
    readings.add(new Reading(body, Keyword.EQUALS));
    return new Part(text, List.copyOf(readings), ignoreCase);
  }
}
