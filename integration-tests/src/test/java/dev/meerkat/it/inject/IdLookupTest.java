package dev.meerkat.it.inject;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.meerkat.Connection;
import dev.meerkat.Meerkat;
import dev.meerkat.MeerkatInstance;
import dev.meerkat.it.writes.UuidKeyed;
import dev.meerkat.it.writes.UuidKeyedModel;
import dev.meerkat.it.writes.UuidKeyedSchema;
import dev.meerkat.testing.MongoServer;
import dev.meerkat.testing.MongoTest;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The by-id methods find a document by each id type the typed paths find it by. */
@MongoTest
class IdLookupTest {
  private final MeerkatInstance meerkat = Meerkat.newInstance();
  private Connection conn;

  @BeforeEach
  void open(MongoServer server) {
    conn = meerkat.connect(server.uri()).join();
    conn.db().drop();
  }

  @AfterEach
  void close() {
    meerkat.disconnect().join();
  }

  @Test
  void aUuidIdIsFoundUpdatedAndDeletedById() {
    UuidKeyedModel uuids = UuidKeyedModel.on(conn);
    UUID id = UUID.randomUUID();
    uuids.create(new UuidKeyed(id, "a"));
    uuids.create(new UuidKeyed(UUID.randomUUID(), "other"));
    assertEquals(Optional.of(new UuidKeyed(id, "a")), uuids.findById(id));
    assertEquals(Optional.of(new UuidKeyed(id, "a")), uuids.async().findById(id).join());
    assertEquals(
        Optional.of(new UuidKeyed(id, "a")),
        uuids.findByIdAndUpdate(id, UuidKeyedSchema.NAME.set("b")));
    assertEquals(Optional.of(new UuidKeyed(id, "b")), uuids.findByIdAndDelete(id));
    assertEquals(Optional.empty(), uuids.findById(id));
    assertEquals(1, uuids.countDocuments());
  }
}
