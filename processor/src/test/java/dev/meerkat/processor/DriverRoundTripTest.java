package dev.meerkat.processor;

import static com.google.common.truth.Truth.assertThat;

import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import dev.meerkat.FieldPath;
import dev.meerkat.Schema;
import dev.meerkat.StringPath;
import dev.meerkat.testing.MongoServer;
import dev.meerkat.testing.MongoTest;
import java.time.Instant;
import java.util.List;
import org.bson.BsonDocument;
import org.bson.codecs.configuration.CodecRegistries;
import org.bson.codecs.configuration.CodecRegistry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Stores documents through the real driver with the generated codecs, against the real server the
 * testing module provides, and reads them back.
 */
@MongoTest
class DriverRoundTripTest {
  private static Loaded loaded;

  @BeforeAll
  static void compile() {
    loaded = Fixtures.shop();
  }

  private static MongoClient client(MongoServer server, Schema<?>... schemas) {
    CodecRegistry registry =
        CodecRegistries.fromRegistries(
            CodecRegistries.fromCodecs(
                List.of(schemas).stream().<org.bson.codecs.Codec<?>>map(Schema::codec).toList()),
            MongoClientSettings.getDefaultCodecRegistry());
    return MongoClients.create(
        MongoClientSettings.builder()
            .applyConnectionString(new com.mongodb.ConnectionString(server.uri()))
            .codecRegistry(registry)
            .build());
  }

  @Test
  void everyFieldTypeSurvivesTheServer(MongoServer server) {
    Schema<Object> schema = loaded.schema("shop.EverythingSchema");
    try (MongoClient client = client(server, schema)) {
      MongoDatabase db = client.getDatabase(server.databaseName());
      MongoCollection<Object> collection = db.getCollection(schema.collectionName(), schema.type());
      collection.drop();
      Object sample =
          schema.prepareInsert(
              Loaded.with(loaded.call("shop.Everything", "sample"), "id", null),
              Instant.parse("2025-01-01T00:00:00Z"));
      collection.insertOne(sample);

      StringPath<?> name = (StringPath<?>) loaded.staticField("shop.EverythingSchema", "NAME");
      Object found = collection.find(name.eq("Ada")).first();
      assertThat(found).isNotNull();
      assertThat(Loaded.encode(schema, found)).isEqualTo(Loaded.encode(schema, sample));

      StringPath<?> city =
          (StringPath<?>)
              Loaded.invoke(loaded.staticField("shop.EverythingSchema", "ADDRESS"), "city");
      assertThat(collection.countDocuments(city.eq("Paris"))).isEqualTo(1);
      @SuppressWarnings("unchecked")
      FieldPath<Object, Object> color =
          (FieldPath<Object, Object>) loaded.staticField("shop.EverythingSchema", "COLOR");
      assertThat(collection.countDocuments(color.eq(Loaded.component(sample, "color"))))
          .isEqualTo(1);
      assertThat(collection.countDocuments(color.ne(Loaded.component(sample, "color"))))
          .isEqualTo(0);

      BsonDocument stored =
          db.getCollection(schema.collectionName(), BsonDocument.class).find().first();
      assertThat(stored.getFirstKey()).isEqualTo("_id");
      assertThat(stored.getInt32("__v").getValue()).isEqualTo(0);
      assertThat(stored.getBinary("uuid").getType()).isEqualTo((byte) 4);
    }
  }

  @Test
  void unknownKeysWrittenByOthersAreKeptWhenNotStrict(MongoServer server) {
    Schema<Object> person = loaded.schema("shop.PersonSchema");
    try (MongoClient client = client(server, person)) {
      MongoDatabase db = client.getDatabase(server.databaseName());
      db.getCollection("members", BsonDocument.class).drop();
      BsonDocument legacy =
          BsonDocument.parse(
              "{_id: {$oid: '65a000000000000000000003'}, name: 'Linus', shoeSize: 44, meta: {source: 'import'}}");
      db.getCollection("members", BsonDocument.class).insertOne(legacy);

      MongoCollection<Object> members = db.getCollection("members", person.type());
      Object member = members.find().first();
      Loaded.invoke(member, "setName", "Linus T.");
      members.replaceOne(new org.bson.Document("_id", person.idOf(member)), member);

      BsonDocument after = db.getCollection("members", BsonDocument.class).find().first();
      assertThat(after.getString("name").getValue()).isEqualTo("Linus T.");
      assertThat(after.getInt32("shoeSize").getValue()).isEqualTo(44);
      assertThat(after.getDocument("meta")).isEqualTo(BsonDocument.parse("{source: 'import'}"));
    }
  }
}
