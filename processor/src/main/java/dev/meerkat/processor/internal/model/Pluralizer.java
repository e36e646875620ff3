package dev.meerkat.processor.internal.model;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mongoose's default collection names: the model name lower-cased, then pluralised by the first
 * matching rule of Mongoose's {@code pluralize} helper (rules derived from pluralize.js), unless it
 * is one of Mongoose's uncountable words. {@code User -> users}, {@code Person -> people},
 * {@code Mouse -> mice}, {@code Category -> categories}.
 */
public final class Pluralizer {
  private Pluralizer() {}

  private record Rule(Pattern pattern, String replacement) {
    Rule(String regex, String replacement) {
      this(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), replacement);
    }
  }

  /** Most specific first: Mongoose keeps pluralize.js's order reversed. */
  private static final List<Rule> RULES = List.of(
      new Rule("thou", "you"),
      new Rule("m[ae]n$", "men"),
      new Rule("eaux$", "$0"),
      new Rule("(child)(?:ren)?$", "$1ren"),
      new Rule("(pe)(?:rson|ople)$", "$1ople"),
      new Rule("\\b((?:tit)?m|l)(?:ice|ouse)$", "$1ice"),
      new Rule("(matr|cod|mur|sil|vert|ind|append)(?:ix|ex)$", "$1ices"),
      new Rule("(x|ch|ss|sh|zz)$", "$1es"),
      new Rule("([^ch][ieo][ln])ey$", "$1ies"),
      new Rule("([^aeiouy]|qu)y$", "$1ies"),
      new Rule("(?:(kni|wi|li)fe|(ar|l|ea|eo|oa|hoo)f)$", "$1$2ves"),
      new Rule("sis$", "ses"),
      new Rule("(apheli|hyperbat|periheli|asyndet|noumen|phenomen|criteri|organ|prolegomen|hedr|automat)"
          + "(?:a|on)$", "$1a"),
      new Rule("(agend|addend|millenni|dat|extrem|bacteri|desiderat|strat|candelabr|errat|ov|symposi"
          + "|curricul|automat|quor)(?:a|um)$", "$1a"),
      new Rule("(her|at|gr)o$", "$1oes"),
      new Rule("(seraph|cherub)(?:im)?$", "$1im"),
      new Rule("(alumn|alg|vertebr)(?:a|ae)$", "$1ae"),
      new Rule("(alumn|syllab|vir|radi|nucle|fung|cact|stimul|termin|bacill|foc|uter|loc|strat)(?:us|i)$",
          "$1i"),
      new Rule("([^l]ias|[aeiou]las|[ejzr]as|[iu]am)$", "$1"),
      new Rule("(e[mn]u)s?$", "$1s"),
      new Rule("(alias|[^aou]us|t[lm]as|gas|ris)$", "$1es"),
      new Rule("(ax|test)is$", "$1es"),
      new Rule("([^aeiou]ese)$", "$1"),
      new Rule("s?$", "s"));

  private static final Set<String> UNCOUNTABLES = Set.of(
      "adulthood", "advice", "agenda", "aid", "aircraft", "alcohol", "ammo", "analytics", "anime",
      "athletics", "audio", "bison", "blood", "bream", "buffalo", "butter", "carp", "cash", "chassis",
      "chess", "clothing", "cod", "commerce", "cooperation", "corps", "debris", "deer", "diabetes",
      "digestion", "elk", "energy", "equipment", "excretion", "expertise", "firmware", "fish",
      "flounder", "fun", "gallows", "garbage", "graffiti", "hardware", "headquarters", "health",
      "herpes", "highjinks", "homework", "housework", "information", "jeans", "justice", "kudos",
      "labour", "literature", "machinery", "mackerel", "mail", "media", "mews", "money", "moose",
      "mud", "music", "manga", "news", "only", "paper", "personnel", "pike", "plankton", "pliers",
      "police", "pollution", "premises", "rain", "research", "rice", "salmon", "scissors", "series",
      "sewage", "shambles", "sheep", "shrimp", "software", "species", "staff", "swine", "tennis",
      "traffic", "transportation", "trout", "tuna", "wealth", "welfare", "whiting", "wildebeest",
      "wildlife", "you");

  /** The default collection name for {@code modelName}. */
  public static String collectionName(String modelName) {
    String name = modelName.toLowerCase(Locale.ROOT);
    if (UNCOUNTABLES.contains(name)) {
      return name;
    }
    for (Rule rule : RULES) {
      Matcher matcher = rule.pattern().matcher(name);
      if (matcher.find()) {
        return matcher.replaceFirst(rule.replacement());
      }
    }
    return name;
  }
}
