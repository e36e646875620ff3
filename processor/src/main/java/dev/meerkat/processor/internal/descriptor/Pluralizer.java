package dev.meerkat.processor.internal.descriptor;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Mongoose's default collection names, exactly as {@code mongoose.model(name, schema)} picks them
 * (Mongoose 9's {@code utils.toCollectionName} with its default {@code mongoose.pluralize()}):
 * {@code system.profile} and {@code system.indexes} are kept as they are; any other name is
 * lower-cased, kept if it is one of Mongoose's uncountable words, and otherwise rewritten by the
 * first rule of Mongoose's table that matches anywhere in it. {@code User -> users}, {@code Person
 * -> people}, {@code Goose -> geese}, {@code Status -> status}, {@code Index -> indexes}, {@code
 * Hero -> heros}.
 *
 * <p>The rules are Mongoose's rule table written as data, with JavaScript's semantics kept: each
 * replacement applies to every match in the name (the table's {@code g} flag; only the unanchored
 * {@code (matr|vert|ind)ix} alternative can match more than once), a group that did not take part
 * in the match is replaced by nothing, and {@code $} matches only at the very end of the name
 * (JavaScript's {@code $}, which, unlike Java's, never matches before a final line break).
 * PluralizerTest checks all of it against a table written by real Mongoose.
 */
public final class Pluralizer {
  private Pluralizer() {}

  private record Rule(Pattern pattern, String replacement) {
    static Rule of(String javascriptRegex, String replacement) {
      return new Rule(Pattern.compile(javascriptRegex.replace("$", "\\z")), replacement);
    }
  }

  /** In Mongoose's order: the first rule that matches wins. */
  private static final List<Rule> RULES =
      List.of(
          Rule.of("human$", "humans"),
          Rule.of("(m|wom)an$", "$1en"),
          Rule.of("(pe)rson$", "$1ople"),
          Rule.of("(child)$", "$1ren"),
          Rule.of("^(ox)$", "$1en"),
          Rule.of("(ax|test)is$", "$1es"),
          Rule.of("(octop|cact|foc|fung|nucle)us$", "$1i"),
          Rule.of("(alias|status|virus)$", "$1es"),
          Rule.of("(bu)s$", "$1ses"),
          Rule.of("(buffal|tomat|potat)o$", "$1oes"),
          Rule.of("([ti])um$", "$1a"),
          Rule.of("sis$", "ses"),
          Rule.of("(?:([^f])fe|([lr])f)$", "$1$2ves"),
          Rule.of("(hive)$", "$1s"),
          Rule.of("([^aeiouy]|qu)y$", "$1ies"),
          Rule.of("(x|ch|ss|sh)$", "$1es"),
          Rule.of("(matr|vert|ind)ix|ex$", "$1ices"),
          Rule.of("([m|l])ouse$", "$1ice"),
          Rule.of("(kn|w|l)ife$", "$1ives"),
          Rule.of("(quiz)$", "$1zes"),
          Rule.of("^goose$", "geese"),
          Rule.of("s$", "s"),
          Rule.of("([^a-z])$", "$1"),
          Rule.of("$", "s"));

  /** Names Mongoose never pluralises (compared after lower-casing). */
  private static final Set<String> UNCOUNTABLES =
      Set.of(
          "advice",
          "energy",
          "excretion",
          "digestion",
          "cooperation",
          "health",
          "justice",
          "labour",
          "machinery",
          "equipment",
          "information",
          "pollution",
          "sewage",
          "paper",
          "money",
          "species",
          "series",
          "rain",
          "rice",
          "fish",
          "sheep",
          "moose",
          "deer",
          "news",
          "expertise",
          "status",
          "media");

  /** Collections of MongoDB's own that Mongoose never renames. */
  private static final Set<String> SYSTEM_COLLECTIONS = Set.of("system.profile", "system.indexes");

  /** The default collection name for {@code modelName}, as Mongoose would choose it. */
  public static String collectionName(String modelName) {
    if (SYSTEM_COLLECTIONS.contains(modelName)) {
      return modelName;
    }
    String name = modelName.toLowerCase(Locale.ROOT);
    if (UNCOUNTABLES.contains(name)) {
      return name;
    }
    for (Rule rule : RULES) {
      if (rule.pattern().matcher(name).find()) {
        return rule.pattern().matcher(name).replaceAll(rule.replacement());
      }
    }
    return name;
  }
}
