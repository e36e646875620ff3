package dev.meerkat.processor.internal.descriptor;

import java.util.List;

/**
 * The predicate keywords of derived queries (Spring Data's), with how many values each compares
 * with.
 */
public enum Keyword {
  IS_NOT_NULL(0, "IsNotNull", "NotNull"),
  IS_NULL(0, "IsNull", "Null"),
  LESS_THAN_EQUAL(1, "IsLessThanEqual", "LessThanEqual"),
  LESS_THAN(1, "IsLessThan", "LessThan", "IsBefore", "Before"),
  GREATER_THAN_EQUAL(1, "IsGreaterThanEqual", "GreaterThanEqual"),
  GREATER_THAN(1, "IsGreaterThan", "GreaterThan", "IsAfter", "After"),
  BETWEEN(2, "IsBetween", "Between"),
  NOT_IN(1, "IsNotIn", "NotIn"),
  IN(1, "IsIn", "In"),
  STARTING_WITH(1, "IsStartingWith", "StartingWith", "StartsWith"),
  ENDING_WITH(1, "IsEndingWith", "EndingWith", "EndsWith"),
  NOT_CONTAINING(1, "IsNotContaining", "NotContaining", "NotContains"),
  CONTAINING(1, "IsContaining", "Containing", "Contains"),
  NOT_LIKE(1, "IsNotLike", "NotLike"),
  LIKE(1, "IsLike", "Like"),
  MATCHES(1, "MatchesRegex", "Matches", "Regex"),
  EXISTS(1, "Exists"),
  TRUE(0, "IsTrue", "True"),
  FALSE(0, "IsFalse", "False"),
  NOT(1, "IsNot", "Not"),
  EQUALS(1, "Is", "Equals");

  private final int arity;
  private final List<String> suffixes;

  Keyword(int arity, String... suffixes) {
    this.arity = arity;
    this.suffixes = List.of(suffixes);
  }

  /** How many parameters the keyword takes. */
  public int arity() {
    return arity;
  }

  /** The spellings that end a predicate, longest first within the keyword. */
  public List<String> suffixes() {
    return suffixes;
  }

  /** The name users write, {@code GreaterThan}. */
  public String display() {
    return suffixes.get(suffixes.size() > 1 && suffixes.get(0).startsWith("Is") ? 1 : 0);
  }
}
