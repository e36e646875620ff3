package dev.meerkat.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.meerkat.Meerkat;
import dev.meerkat.MeerkatInstance;
import dev.meerkat.ValidationError;
import dev.meerkat.ValidationException;
import dev.meerkat.testing.MongoServer;
import dev.meerkat.testing.MongoTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For each document in the table, Meerkat and Mongoose report the same paths with the same
 * messages.
 */
@MongoTest
@MongooseInterop
class ValidationMessagesTest {
  private final MeerkatInstance meerkat = Meerkat.newInstance();
  private GadgetModel gadgets;

  @BeforeEach
  void connect(MongoServer server) {
    gadgets = GadgetModel.on(meerkat.connect(server.uri()).join());
  }

  @AfterEach
  void close() {
    meerkat.disconnect().join();
  }

  static Stream<Arguments> documents() {
    return Stream.of(
        row("name missing", g -> with(g, null, g.code(), g.state(), g.quantity(), g.parts())),
        row("name empty", g -> with(g, "", g.code(), g.state(), g.quantity(), g.parts())),
        row("quantity below min", g -> with(g, g.name(), g.code(), g.state(), -1, g.parts())),
        row("quantity at min", g -> with(g, g.name(), g.code(), g.state(), 0, g.parts())),
        row("quantity at max", g -> with(g, g.name(), g.code(), g.state(), 1000, g.parts())),
        row("quantity above max", g -> with(g, g.name(), g.code(), g.state(), 1001, g.parts())),
        row("code too short", g -> with(g, g.name(), "AB", g.state(), g.quantity(), g.parts())),
        row(
            "code at min length",
            g -> with(g, g.name(), "ABC", g.state(), g.quantity(), g.parts())),
        row(
            "code at max length",
            g -> with(g, g.name(), "ABCDEFGH", g.state(), g.quantity(), g.parts())),
        row(
            "code too long",
            g -> with(g, g.name(), "ABCDEFGHI", g.state(), g.quantity(), g.parts())),
        row("code not matching", g -> with(g, g.name(), "ab1", g.state(), g.quantity(), g.parts())),
        row("state not in enum", g -> with(g, g.name(), g.code(), "gone", g.quantity(), g.parts())),
        row(
            "state differs in case",
            g -> with(g, g.name(), g.code(), "Live", g.quantity(), g.parts())),
        row("four paths at once", g -> with(g, "", "AB", "gone", -5, g.parts())));
  }

  /**
   * Documents on which Meerkat's messages differ from Mongoose 9's today (see knownDifferences).
   */
  static Stream<Arguments> differingDocuments() {
    return Stream.of(
        row(
            "part without label",
            g ->
                with(
                    g,
                    g.name(),
                    g.code(),
                    g.state(),
                    g.quantity(),
                    List.of(new Part("ok", 1.0), new Part(null, 2.0)))),
        row(
            "two validators fail on one path",
            g -> with(g, g.name(), "a", g.state(), g.quantity(), g.parts())),
        row(
            "everything at once",
            g -> with(g, "", "a", "gone", -5, List.of(new Part(null, null), new Part("", null)))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void sameMessagesAsMongoose(
      String description, UnaryOperator<Gadget> change, MongoServer server, MongoosePeer mongoose) {
    assertSameMessages(change, server, mongoose);
  }

  /**
   * Mongoose words an error inside a subdocument with the subdocument's own path ({@code
   * parts.1.label}: "Path `label` is required."), where Meerkat repeats the full path; and Mongoose
   * reports only the first failing validator of a path, where Meerkat reports each one.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("differingDocuments")
  @Disabled(
      "Meerkat differs from Mongoose 9: full paths in subdocument messages, and every failing validator of a"
          + " path instead of the first (processor ValidateWriter; reported to the lead)")
  void knownDifferences(
      String description, UnaryOperator<Gadget> change, MongoServer server, MongoosePeer mongoose) {
    assertSameMessages(change, server, mongoose);
  }

  private void assertSameMessages(
      UnaryOperator<Gadget> change, MongoServer server, MongoosePeer mongoose) {
    Gadget invalid = change.apply(Gadgets.full());

    Map<String, String> meerkatErrors = new LinkedHashMap<>();
    for (ValidationError error : GadgetSchema.INSTANCE.validate(invalid)) {
      meerkatErrors.put(error.path(), error.message());
    }
    Map<String, String> mongooseErrors =
        mongoose.validate(server.uri(), "Gadget", Gadgets.mongooseInput(invalid));

    assertEquals(mongooseErrors, meerkatErrors);
    if (!meerkatErrors.isEmpty()) {
      ValidationException thrown =
          assertThrows(ValidationException.class, () -> gadgets.create(invalid));
      assertEquals(
          meerkatErrors.size(), thrown.errors().size(), "create() reports what validate() does");
    }
  }

  private static Arguments row(String description, UnaryOperator<Gadget> change) {
    return Arguments.of(description, change);
  }

  private static Gadget with(
      Gadget g, String name, String code, String state, Integer quantity, List<Part> parts) {
    return new Gadget(
        g.id(),
        name,
        code,
        state,
        quantity,
        g.count(),
        g.big(),
        g.price(),
        g.ratio(),
        g.active(),
        g.amount(),
        g.exact(),
        g.releasedAt(),
        g.madeOn(),
        g.ownerId(),
        g.token(),
        g.blob(),
        g.tags(),
        g.counters(),
        g.dims(),
        parts,
        g.tier(),
        g.small(),
        g.letter(),
        g.share(),
        g.legacy(),
        g.localTime(),
        g.labels(),
        g.places(),
        g.extra(),
        g.createdAt(),
        g.updatedAt());
  }
}
