package dev.meerkat.processor.internal.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.meerkat.processor.internal.descriptor.Keyword;
import dev.meerkat.processor.internal.descriptor.MethodDescriptor.Operation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The derived-query grammar, without a compiler: subjects, limits, predicates, keywords and order.
 */
class MethodNameParserTest {

  private static MethodNameParser.Parsed parse(String name) {
    return assertInstanceOf(MethodNameParser.Parsed.class, MethodNameParser.parse(name));
  }

  private static MethodNameParser.Reading mostSpecific(MethodNameParser.Part part) {
    return part.candidates().get(0);
  }

  @Test
  void subjectsAndLimits() {
    assertEquals(Operation.FIND, parse("findByName").operation());
    assertEquals(Operation.FIND, parse("streamByName").operation());
    assertEquals(Operation.COUNT, parse("countByName").operation());
    assertEquals(Operation.EXISTS, parse("existsByName").operation());
    assertEquals(Operation.DELETE, parse("removeByName").operation());
    assertEquals(1, parse("findFirstByName").limit());
    assertEquals(10, parse("findTop10ByName").limit());
    assertEquals(0, parse("findAllByName").limit());
    assertTrue(parse("findDistinctByName").distinct());
    assertFalse(parse("findByName").distinct());
  }

  @Test
  void predicatesSplitOnAndOrOnlyBeforeACapital() {
    MethodNameParser.Parsed parsed = parse("findByBrandAndOrderCountOrColor");
    assertEquals(2, parsed.groups().size());
    assertEquals(
        List.of("Brand", "OrderCount"),
        parsed.groups().get(0).stream().map(MethodNameParser.Part::text).toList());
    assertEquals("Color", parsed.groups().get(1).get(0).text());
  }

  @Test
  void keywordsLongestFirstWithThePlainPropertyLast() {
    MethodNameParser.Part part = parse("findByNameNotIn").groups().get(0).get(0);
    assertEquals(new MethodNameParser.Reading("Name", Keyword.NOT_IN), mostSpecific(part));
    assertEquals(
        new MethodNameParser.Reading("NameNotIn", Keyword.EQUALS),
        part.candidates().get(part.candidates().size() - 1),
        "a property really named nameNotIn is tried last");
    assertEquals(
        Keyword.GREATER_THAN_EQUAL,
        mostSpecific(parse("findByAgeIsGreaterThanEqual").groups().get(0).get(0)).keyword());
    assertTrue(parse("findByNameStartingWithIgnoreCase").groups().get(0).get(0).ignoreCase());
    assertTrue(parse("findByNameAndEmailAllIgnoreCase").groups().get(0).get(1).ignoreCase());
  }

  @Test
  void orderBy() {
    MethodNameParser.Parsed parsed = parse("findByRoleOrderByAgeDescNameAsc");
    assertEquals(
        List.of(
            new MethodNameParser.OrderPart("Age", false),
            new MethodNameParser.OrderPart("Name", true)),
        parsed.order());
    assertEquals(
        List.of(), parse("findFirstByOrderByAgeDesc").groups(), "no predicate, only an order");
  }

  @Test
  void failures() {
    assertInstanceOf(MethodNameParser.Failed.class, MethodNameParser.parse("fetchByName"));
    assertInstanceOf(MethodNameParser.Failed.class, MethodNameParser.parse("findBy"));
    assertInstanceOf(MethodNameParser.Failed.class, MethodNameParser.parse("findByNameOrderBy"));
    assertInstanceOf(MethodNameParser.Failed.class, MethodNameParser.parse("findByNameAndAndAge"));
    assertInstanceOf(MethodNameParser.Failed.class, MethodNameParser.parse("findTop0ByName"));
  }
}
