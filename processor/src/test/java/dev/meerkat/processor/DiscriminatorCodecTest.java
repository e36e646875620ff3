package dev.meerkat.processor;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.JavaFileObjects;
import dev.meerkat.CastException;
import dev.meerkat.Schema;
import java.util.List;
import org.bson.BsonDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generated codecs of a sealed hierarchy, through both decoders (the reader the driver uses for
 * documents it builds, and the raw bytes of server replies): the discriminator is found wherever it
 * is in the document, subtypes write it, and nested hierarchies keep their subtypes.
 */
class DiscriminatorCodecTest {
  private static Loaded loaded;
  private static Schema<Object> pets;
  private static Schema<Object> owners;

  @BeforeAll
  static void compile() {
    loaded =
        new Loaded(
            Compilations.compileAndLoad(
                JavaFileObjects.forSourceString(
                    "zoo.Pet",
                    """
            package zoo;
            import dev.meerkat.annotations.*;
            @Schema @Model @DiscriminatorKey("species")
            public sealed interface Pet permits Cat, Dog {}
            """),
                JavaFileObjects.forSourceString(
                    "zoo.Cat",
                    """
            package zoo;
            import dev.meerkat.annotations.*;
            @Schema(versionKey = false) @DiscriminatorValue("cat")
            public record Cat(String id, String name, @Required int lives) implements Pet {}
            """),
                JavaFileObjects.forSourceString(
                    "zoo.Dog",
                    """
            package zoo;
            import dev.meerkat.annotations.*;
            @Schema(versionKey = false)
            public record Dog(String id, String name, @Required boolean good) implements Pet {}
            """),
                JavaFileObjects.forSourceString(
                    "zoo.Owner",
                    """
            package zoo;
            import dev.meerkat.annotations.*;
            import java.util.List;
            @Schema(versionKey = false)
            public record Owner(String id, Pet favourite, List<Pet> pets) {}
            """)));
    pets = loaded.schema("zoo.PetSchema");
    owners = loaded.schema("zoo.OwnerSchema");
  }

  private static Object construct(String type, Object... args) {
    try {
      for (var constructor : loaded.type(type).getConstructors()) {
        if (constructor.getParameterCount() == args.length) {
          return constructor.newInstance(args);
        }
      }
      throw new AssertionError("no constructor");
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void subtypesWriteTheirValueUnderTheConfiguredKey() {
    assertThat(Loaded.encode(pets, construct("zoo.Cat", "1", "Tom", 9)))
        .isEqualTo(BsonDocument.parse("{_id: '1', name: 'Tom', lives: 9, species: 'cat'}"));
    assertThat(Loaded.encode(pets, construct("zoo.Dog", "2", "Rex", true)))
        .isEqualTo(BsonDocument.parse("{_id: '2', name: 'Rex', good: true, species: 'Dog'}"));
    assertThat(pets.discriminatorKey()).isEqualTo("species");
    assertThat(pets.discriminatorValue()).isNull();
    assertThat(loaded.schema("zoo.CatSchema").discriminatorValue()).isEqualTo("cat");
    assertThat(loaded.schema("zoo.CatSchema").collectionName()).isEqualTo("pets");
  }

  @Test
  void theDiscriminatorIsFoundWhereverItIsStored() {
    Object tom = construct("zoo.Cat", "1", "Tom", 9);
    for (String json :
        List.of(
            "{species: 'cat', _id: '1', name: 'Tom', lives: 9}",
            "{_id: '1', name: 'Tom', species: 'cat', lives: 9}",
            "{_id: '1', name: 'Tom', lives: 9, species: 'cat'}")) {
      BsonDocument doc = BsonDocument.parse(json);
      assertThat(Loaded.decode(pets, doc)).isEqualTo(tom);
      assertThat(Loaded.decodeRaw(pets, doc)).isEqualTo(tom);
    }
  }

  @Test
  void embeddedHierarchiesKeepEachSubtype() {
    Object owner =
        construct(
            "zoo.Owner",
            "o",
            construct("zoo.Dog", "2", "Rex", true),
            List.of(construct("zoo.Cat", "1", "Tom", 9), construct("zoo.Dog", "3", "Fido", false)));
    BsonDocument doc = Loaded.encode(owners, owner);
    assertThat(doc.getArray("pets").get(0).asDocument().getString("species").getValue())
        .isEqualTo("cat");
    assertThat(Loaded.decode(owners, doc)).isEqualTo(owner);
    assertThat(Loaded.decodeRaw(owners, doc)).isEqualTo(owner);
  }

  @Test
  void aMissingOrUnknownValueIsACastExceptionWithTheIdOnBothPaths() {
    String expected = "Pet subtype (species one of [cat, Dog])";
    for (var row :
        List.of(
            List.of("{_id: '1', name: 'Tom'}", "undefined (type undefined)"),
            List.of("{_id: '1', species: 7}", "7 (type int)"),
            List.of("{_id: '1', species: 'Bird'}", "\"Bird\" (type string)"))) {
      BsonDocument doc = BsonDocument.parse(row.get(0));
      String message =
          "Cast to "
              + expected
              + " failed for value "
              + row.get(1)
              + " at path \"species\" for model \"Pet\" (_id: \"1\")";
      for (CastException e :
          List.of(
              assertThrows(CastException.class, () -> Loaded.decodeRaw(pets, doc)),
              assertThrows(CastException.class, () -> Loaded.decode(pets, doc)))) {
        assertThat(e).hasMessageThat().isEqualTo(message);
        assertThat(e.documentId()).isEqualTo("1");
        assertThat(e.path()).isEqualTo("species");
        assertThat(e.expectedType()).isEqualTo(expected);
      }
    }
  }

  @Test
  void anUnknownValueInAnEmbeddedListNamesItsPathUnderTheTopLevelId() {
    BsonDocument doc =
        BsonDocument.parse(
            "{_id: 'o', favourite: {_id: '2', species: 'Dog', name: 'Rex', good: true},"
                + " pets: [{_id: '1', species: 'cat', name: 'Tom', lives: 9},"
                + " {_id: '3', species: 'Bird'}]}");
    for (CastException e :
        List.of(
            assertThrows(CastException.class, () -> Loaded.decodeRaw(owners, doc)),
            assertThrows(CastException.class, () -> Loaded.decode(owners, doc)))) {
      assertThat(e.path()).isEqualTo("pets.1.species");
      assertThat(e.documentId()).isEqualTo("o");
      assertThat(e.modelName()).isEqualTo("Owner");
    }
  }

  @Test
  void validationAndIdsGoThroughTheSubtypesSchema() {
    Object tom = construct("zoo.Cat", "1", "Tom", 9);
    assertThat(pets.idOf(tom)).isEqualTo("1");
    assertThat(pets.validate(tom)).isEmpty();
    assertThat(pets.fields().stream().map(f -> f.name()).toList())
        .containsExactly("id", "name")
        .inOrder();
  }
}
