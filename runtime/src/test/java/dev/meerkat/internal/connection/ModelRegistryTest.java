package dev.meerkat.internal.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.meerkat.Connection;
import dev.meerkat.ConnectionEvent;
import dev.meerkat.ConnectionEventData;
import dev.meerkat.Meerkat;
import dev.meerkat.MeerkatInstance;
import dev.meerkat.MissingSchemaException;
import dev.meerkat.Model;
import dev.meerkat.OverwriteModelException;
import dev.meerkat.SchemaOptions;
import dev.meerkat.Setting;
import dev.meerkat.TypedModel;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Registering models on a connection (no server needed: nothing runs). */
class ModelRegistryTest {
  private final MeerkatInstance meerkat = Meerkat.newInstance();

  @AfterEach
  void closeAll() throws Exception {
    meerkat.disconnect().get(10, TimeUnit.SECONDS);
  }

  /** What a generated typed model looks like. */
  static final class ItemModel extends TypedModel<Item> {
    ItemModel(Model<Item> delegate) {
      super(delegate);
    }

    static ItemModel on(Connection connection) {
      return connection.model(Item.ItemSchema.INSTANCE, ItemModel::new);
    }
  }

  @Test
  void theSameSchemaGivesTheSameModel() {
    Connection conn = meerkat.createConnection();
    Model<Item> first = conn.model(Item.ItemSchema.INSTANCE);
    assertSame(first, conn.model(Item.ItemSchema.INSTANCE));
    assertSame(first, conn.model("Item"));
    assertEquals(List.of("Item"), conn.modelNames());
    assertEquals("items", first.collectionName());
    assertSame(conn, first.connection());
  }

  @Test
  void typedWrappersAreCached() {
    Connection conn = meerkat.createConnection();
    assertSame(ItemModel.on(conn), ItemModel.on(conn));
    assertNotSame(ItemModel.on(conn), ItemModel.on(meerkat.createConnection()));
  }

  @Test
  void anotherSchemaUnderTheSameNameIsRefusedUnlessOverwriteIsOn() {
    Connection conn = meerkat.createConnection();
    conn.model(Item.ItemSchema.INSTANCE);
    Item.ItemSchema other = new Item.ItemSchema("Item", SchemaOptions.DEFAULTS);
    OverwriteModelException e =
        assertThrows(OverwriteModelException.class, () -> conn.model(other));
    assertEquals("Cannot overwrite `Item` model once compiled.", e.getMessage());

    meerkat.set(Setting.OVERWRITE_MODELS, true);
    Model<Item> replaced = conn.model(other);
    assertSame(other, replaced.schema());
  }

  @Test
  void modelOnAnotherCollection() {
    Connection conn = meerkat.createConnection();
    assertEquals("archive", conn.model(Item.ItemSchema.INSTANCE, "archive").collectionName());
  }

  @Test
  void missingModelAndDeleteModel() throws Exception {
    Connection conn = meerkat.createConnection();
    List<ConnectionEventData> events = new CopyOnWriteArrayList<>();
    conn.on(ConnectionEvent.MODEL, events::add).on(ConnectionEvent.DELETE_MODEL, events::add);
    MissingSchemaException missing =
        assertThrows(MissingSchemaException.class, () -> conn.model("Nope"));
    assertTrue(missing.getMessage().contains("\"Nope\""));

    conn.model(Item.ItemSchema.INSTANCE);
    conn.deleteModel("Item");
    assertEquals(List.of(), conn.modelNames());
    assertThrows(MissingSchemaException.class, () -> conn.model("Item"));
    Await.until(
        "MODEL and DELETE_MODEL", () -> events.size() == 2, java.time.Duration.ofSeconds(5));
    assertEquals(ConnectionEvent.MODEL, events.get(0).event());
    assertEquals("Item", events.get(0).detail());
    assertEquals(ConnectionEvent.DELETE_MODEL, events.get(1).event());
  }

  @Test
  void meerkatModelUsesTheDefaultConnection() {
    Model<Item> model = meerkat.model(Item.ItemSchema.INSTANCE);
    assertSame(meerkat.connection(), model.connection());
    assertEquals(List.of("Item"), meerkat.modelNames());
  }
}
