package dev.meerkat.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.meerkat.IndexSpec;
import dev.meerkat.Schema;
import dev.meerkat.SchemaField;
import dev.meerkat.SchemaOptions;
import dev.meerkat.ValidationError;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bson.codecs.Codec;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

/**
 * Whether an insert generated a document's {@code _id} decides what a duplicate {@code _id} on its
 * retry after a network error means (see {@link SafeInsert}), so it must be known before the
 * document is prepared: preparing a mutable class sets the id in place.
 */
class CreateInsertTest {
  /** A mutable class, as the processor's schemas for JavaBeans treat them. */
  static final class Box {
    ObjectId id;
  }

  /**
   * By hand, what the processor generates for a bean: {@code prepareInsert} sets the id in place.
   */
  static final class BoxSchema implements Schema<Box> {
    @Override
    public Class<Box> type() {
      return Box.class;
    }

    @Override
    public String modelName() {
      return "Box";
    }

    @Override
    public String collectionName() {
      return "boxes";
    }

    @Override
    public SchemaOptions options() {
      return SchemaOptions.DEFAULTS;
    }

    @Override
    public Codec<Box> codec() {
      throw new UnsupportedOperationException("not encoded in this test");
    }

    @Override
    public List<SchemaField> fields() {
      return List.of(new SchemaField("id", "_id", "org.bson.types.ObjectId", true, false));
    }

    @Override
    public List<IndexSpec> indexes() {
      return List.of();
    }

    @Override
    public List<ValidationError> validate(Box document) {
      return List.of();
    }

    @Override
    public Object idOf(Box document) {
      return document.id;
    }

    @Override
    public Box prepareInsert(Box document, Instant now) {
      if (document.id == null) {
        document.id = new ObjectId();
      }
      return document;
    }
  }

  private final WritePreparation<Box> preparation =
      new WritePreparation<>(null, new BoxSchema(), "boxes");

  @Test
  void aBeanWithoutAnIdHasItsIdGeneratedByTheInsertAlthoughPreparingSetItInPlace() {
    Box box = new Box();
    SafeInsert<Box> insert = preparation.createInsert(box);
    assertSame(box, insert.document(0));
    assertNotNull(box.id);
    assertTrue(insert.generatedId(0));
    assertEquals("insertOne", insert.operation());
  }

  @Test
  void aBeanWithTheCallersIdDidNotHaveItGenerated() {
    Box box = new Box();
    ObjectId chosen = new ObjectId();
    box.id = chosen;
    SafeInsert<Box> insert = preparation.createInsert(box);
    assertFalse(insert.generatedId(0));
    assertEquals(chosen, insert.document(0).id);
  }

  @Test
  void aBatchKnowsPerDocumentWhichIdsItGenerated() {
    Box chosen = new Box();
    chosen.id = new ObjectId();
    List<Box> boxes = List.of(new Box(), chosen, new Box());
    SafeInsert<Box> insert = preparation.createInserts(boxes);
    assertEquals("insertMany", insert.operation());
    assertTrue(insert.generatedId(0));
    assertFalse(insert.generatedId(1));
    assertTrue(insert.generatedId(2));
    assertEquals(boxes, insert.documents());
    assertNull(preparation.createInserts(new ArrayList<>()));
  }

  @Test
  void aNullDocumentIsRefusedByName() {
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> preparation.createInsert(null));
    assertEquals("document == null", e.getMessage());
    List<Box> withNull = new ArrayList<>();
    withNull.add(new Box());
    withNull.add(null);
    e = assertThrows(NullPointerException.class, () -> preparation.createInserts(withNull));
    assertEquals("document == null", e.getMessage());
  }
}
