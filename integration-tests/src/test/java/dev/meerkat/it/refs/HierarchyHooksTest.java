package dev.meerkat.it.refs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.meerkat.Connection;
import dev.meerkat.Filter;
import dev.meerkat.Hook;
import dev.meerkat.Meerkat;
import dev.meerkat.MeerkatInstance;
import dev.meerkat.Model;
import dev.meerkat.it.SentCommands;
import dev.meerkat.it.shapes.Circle;
import dev.meerkat.it.shapes.CircleSchema;
import dev.meerkat.it.shapes.Shape;
import dev.meerkat.it.shapes.ShapeSchema;
import dev.meerkat.it.shapes.Square;
import dev.meerkat.it.shapes.SquareSchema;
import dev.meerkat.testing.MongoServer;
import dev.meerkat.testing.MongoTest;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Middleware of a sealed hierarchy, as Mongoose's discriminators inherit their base schema's hooks:
 * the base's hooks run for every subtype's model, and a subtype's document hooks run for its
 * documents written through the base model, so a hook that refuses a circle cannot be bypassed by
 * {@code shapes.create(circle)}. The base's hooks run first.
 */
@MongoTest
class HierarchyHooksTest {
  private final MeerkatInstance meerkat = Meerkat.newInstance();
  private final SentCommands sent = new SentCommands();
  private final List<String> calls = new CopyOnWriteArrayList<>();
  private Model<Shape> shapes;
  private Model<Circle> circles;
  private Model<Square> squares;

  @BeforeEach
  void open(MongoServer server) {
    Connection conn = meerkat.connect(server.uri(), sent.options()).join();
    shapes = conn.model(ShapeSchema.INSTANCE);
    circles = conn.model(CircleSchema.INSTANCE);
    squares = conn.model(SquareSchema.INSTANCE);
    shapes.deleteMany(Filter.empty());
  }

  @AfterEach
  void close() {
    meerkat.disconnect().join();
  }

  @Test
  void theBasesHooksRunFirstForEverySubtypeAndASubtypesForItsOwnDocuments() {
    shapes.pre(Hook.SAVE, s -> calls.add("shape")).post(Hook.SAVE, s -> calls.add("post shape"));
    circles.pre(Hook.SAVE, c -> calls.add("circle " + c.name()));
    shapes.create(new Circle(null, "a", 1.0));
    assertEquals(List.of("shape", "circle a", "post shape"), calls, "through the base model");
    calls.clear();
    circles.create(new Circle(null, "b", 1.0));
    assertEquals(List.of("shape", "circle b", "post shape"), calls, "through the subtype's");
    calls.clear();
    squares.create(new Square(null, "s", 2.0));
    shapes.create(new Square(null, "t", 2.0));
    assertEquals(
        List.of("shape", "post shape", "shape", "post shape"),
        calls,
        "a square runs no circle hook");
  }

  @Test
  void aSubtypesVetoCannotBeBypassedThroughTheBaseModel() {
    IllegalArgumentException tooBig = new IllegalArgumentException("radius over 10");
    for (Hook hook : List.of(Hook.SAVE, Hook.INSERT_MANY)) {
      circles.pre(
          hook,
          c -> {
            if (c.radius() > 10) {
              throw tooBig;
            }
          });
    }
    int inserts = sent.named("insert").size();
    assertSame(
        tooBig,
        assertThrows(
            IllegalArgumentException.class, () -> shapes.create(new Circle(null, "big", 11.0))));
    assertSame(
        tooBig,
        assertThrows(
            IllegalArgumentException.class,
            () -> shapes.insertMany(List.of(new Circle(null, "big", 11.0)))));
    assertEquals(inserts, sent.named("insert").size(), "nothing sent");
    shapes.create(new Circle(null, "small", 10.0));
    assertEquals(1, shapes.countDocuments(), "the boundary: radius 10 passes");
  }

  @Test
  void theBasesQueryHooksRunForASubtypesQueries() {
    shapes.preQuery(Hook.FIND, f -> calls.add("find shapes"));
    shapes.preQuery(Hook.DELETE, f -> calls.add("delete shapes"));
    circles.preQuery(Hook.FIND, f -> calls.add("find circles"));
    circles.find().list();
    circles.deleteMany(Filter.empty());
    assertEquals(List.of("find shapes", "find circles", "delete shapes"), calls);
    calls.clear();
    shapes.find().list();
    assertEquals(List.of("find shapes"), calls, "a base query runs the base's query hooks only");
  }
}
