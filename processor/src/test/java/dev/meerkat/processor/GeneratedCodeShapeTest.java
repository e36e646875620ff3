package dev.meerkat.processor;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The shape of generated code a user debugs: no line over 120 columns, for field names up to 40
 * characters and long type names (a declaration, its type and name, is JavaPoet's to write on one
 * line, so names are long but not absurd); no two {@code case} branches of one switch with the same
 * body; and a comment naming the field above every branch of the raw-bytes switch.
 */
class GeneratedCodeShapeTest {
  private static final int MAX_COLUMNS = 120;

  private static final JavaFileObject WIDE =
      JavaFileObjects.forSourceString(
          "wide.WideAccount",
          """
          package wide;

          import dev.meerkat.annotations.*;
          import java.math.BigDecimal;
          import java.time.*;
          import java.util.*;
          import org.bson.types.ObjectId;

          @Schema(timestamps = true, collation = @Collation(locale = "fr", strength = 2))
          @Model
          @Index(keys = {"primaryContactEmailAddressForInvoices:1", "accountCreationTimestampInUtc:-1"})
          public record WideAccount(
              @Id ObjectId id,
              @Required @MinLength(2) @MaxLength(200) String primaryContactEmailAddressForInvoices,
              @Field("secondaryContactEmailAddressForReminders") String secondaryEmail,
              @Required @Min(0) @Max(150) int yearsTheCustomerHasBeenWithTheCompany,
              @Required long totalNumberOfOrdersPlacedSinceCreation,
              @Required double averageOrderValueAcrossAllOrders,
              @Required boolean optedIntoTheMarketingNewsletterEmails,
              Integer optionalLoyaltyProgramTierNumber,
              Instant accountCreationTimestampInUtc,
              Instant createdAt,
              Instant updatedAt,
              LocalDate dateOfTheMostRecentOrderPlaced,
              BigDecimal outstandingBalanceInAccountCurrency,
              UUID externalIdentifierInTheCrmSystem,
              WideStatus statusAsSeenByTheBillingTeam,
              List<String> tagsAttachedBySupportAgents,
              Set<WideStatus> previousStatusesInOrder,
              Map<String, Integer> countersKeyedByTheirEventTypeName,
              Map<String, List<Integer>> listsOfCountersKeyedByEventTypeName,
              List<WideAddress> postalAddressesEverUsed,
              WideAddress primaryPostalAddressUsedForShipping,
              Optional<String> nicknameTheCustomerWantsToBeCalled) {}
          """);

  private static final JavaFileObject ADDRESS =
      JavaFileObjects.forSourceString(
          "wide.WideAddress",
          """
          package wide;

          import dev.meerkat.annotations.*;

          @Schema
          public record WideAddress(
              @Required String streetNameHouseNumberAndApartment,
              String cityOrTownOrVillageOfTheAddress,
              @Match("[0-9]{5}") String postalCodeOfTheAddress) {}
          """);

  private static final JavaFileObject STATUS =
      JavaFileObjects.forSourceString(
          "wide.WideStatus",
          """
          package wide;

          public enum WideStatus { ACTIVE, SUSPENDED, CLOSED }
          """);

  /** A class with @ExtraFields: the codec reads through a reader and keeps unknown keys. */
  private static final JavaFileObject LEGACY =
      JavaFileObjects.forSourceString(
          "wide.LegacyImportedCustomer",
          """
          package wide;

          import dev.meerkat.annotations.*;
          import java.util.Map;

          @Schema(strict = false)
          public class LegacyImportedCustomer {
            public String customerNameAsStoredInTheOldSystem;
            public String anotherStringFieldOfTheSameType;
            @Required public int customerNumberAssignedByTheOldSystem;
            @ExtraFields public Map<String, Object> everyOtherKeyTheOldSystemWrote;
          }
          """);

  @Test
  void noGeneratedLineIsWiderThan120Columns() throws IOException {
    for (JavaFileObject file : generated()) {
      String[] lines = file.getCharContent(true).toString().split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        assertWithMessage("%s line %s: %s", file.getName(), i + 1, lines[i])
            .that(lines[i].length())
            .isAtMost(MAX_COLUMNS);
      }
    }
  }

  /** The goldens hold one of each kind the processor writes: repository, factory, provider... */
  @Test
  void noGoldenLineIsWiderThan120Columns() throws IOException {
    List<Path> goldens;
    try (Stream<Path> files = Files.list(Goldens.DIRECTORY)) {
      goldens = files.filter(f -> f.toString().endsWith(".java.txt")).sorted().toList();
    }
    assertWithMessage("golden files").that(goldens.size()).isAtLeast(7);
    for (Path golden : goldens) {
      List<String> lines = Files.readAllLines(golden);
      for (int i = 0; i < lines.size(); i++) {
        assertWithMessage("%s line %s: %s", golden.getFileName(), i + 1, lines.get(i))
            .that(lines.get(i).length())
            .isAtMost(MAX_COLUMNS);
      }
    }
  }

  @Test
  void noSwitchHasTwoCasesWithTheSameBody() throws IOException {
    int switches = 0;
    for (JavaFileObject file : generated()) {
      for (Switch parsed : switches(file.getCharContent(true).toString())) {
        switches++;
        Map<String, String> seen = new HashMap<>();
        for (String[] branch : parsed.branches) {
          String earlier = seen.putIfAbsent(branch[1], branch[0]);
          assertWithMessage(
                  "%s: %s and %s have the same body: %s",
                  file.getName(), earlier, branch[0], branch[1])
              .that(earlier)
              .isNull();
        }
      }
    }
    // The wide record's and the address's raw switches, the class's reader switch (its raw decoder
    // reads through it, as it keeps unknown keys of any type).
    assertWithMessage("switches found").that(switches).isAtLeast(3);
  }

  @Test
  void everyBranchOfTheRawSwitchNamesItsField() throws IOException {
    String schema = source("wide/WideAccountSchema.java");
    List<Switch> parsed = switches(schema);
    assertWithMessage("raw switches").that(parsed).hasSize(1);
    List<String[]> branches = parsed.get(0).branches;
    // 22 fields and the default branch.
    assertWithMessage("branches").that(branches).hasSize(23);
    String[] lines = schema.split("\n");
    int named = 0;
    for (int i = 1; i < lines.length; i++) {
      if (lines[i].trim().matches("case \\d+ -> .*")) {
        assertWithMessage("the line above %s", lines[i])
            .that(lines[i - 1].trim())
            .matches("// \\w+");
        named++;
      }
    }
    assertWithMessage("named branches").that(named).isEqualTo(22);
    assertWithMessage("the email branch")
        .that(schema)
        .contains("// primaryContactEmailAddressForInvoices\n");
    assertWithMessage("a renamed field is named as in Java")
        .that(schema)
        .contains("// secondaryEmail\n");
  }

  private static List<JavaFileObject> generated() {
    Compilation compilation = Compilations.compile(WIDE, ADDRESS, STATUS, LEGACY);
    assertThat(compilation).succeededWithoutWarnings();
    assertWithMessage("generated files").that(compilation.generatedSourceFiles()).isNotEmpty();
    return compilation.generatedSourceFiles();
  }

  private static String source(String path) throws IOException {
    for (JavaFileObject file : generated()) {
      if (file.getName().endsWith(path)) {
        return file.getCharContent(true).toString();
      }
    }
    throw new AssertionError("not generated: " + path);
  }

  /** One switch statement: per branch, its label line and its body with comments left out. */
  private record Switch(List<String[]> branches) {}

  /**
   * The switch statements of a generated file, read by indentation (JavaPoet indents by two
   * spaces): a branch is a {@code case}/{@code default} line one level inside the switch, and its
   * body is the rest of that line or, for a block, the lines up to its closing brace.
   */
  private static List<Switch> switches(String source) {
    String[] lines = source.split("\n");
    List<Switch> found = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      if (!lines[i].trim().startsWith("switch (")) {
        continue;
      }
      int indent = indent(lines[i]) + 2;
      List<String[]> branches = new ArrayList<>();
      for (int j = i + 1; j < lines.length && indent(lines[j]) >= indent; j++) {
        String line = lines[j];
        String trimmed = line.trim();
        if (indent(line) != indent
            || !(trimmed.startsWith("case ") || trimmed.startsWith("default"))) {
          continue;
        }
        String label = trimmed;
        String head = withoutComment(trimmed.substring(trimmed.indexOf("->") + 2)).trim();
        StringBuilder body = new StringBuilder(head);
        int k = j + 1;
        for (; k < lines.length && indent(lines[k]) > indent; k++) {
          body.append('\n').append(withoutComment(lines[k]).trim());
        }
        if (head.equals("{") && k < lines.length) {
          body.append('\n').append(lines[k].trim());
        }
        branches.add(new String[] {label, body.toString()});
      }
      found.add(new Switch(branches));
    }
    return found;
  }

  private static String withoutComment(String line) {
    int comment = line.indexOf("//");
    return comment < 0 ? line : line.substring(0, comment);
  }

  private static int indent(String line) {
    int i = 0;
    while (i < line.length() && line.charAt(i) == ' ') {
      i++;
    }
    return line.isBlank() ? Integer.MAX_VALUE : i;
  }
}
