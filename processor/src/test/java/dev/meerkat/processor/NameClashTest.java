package dev.meerkat.processor;

import static com.google.common.truth.Truth.assertThat;

import com.google.testing.compile.JavaFileObjects;
import dev.meerkat.FieldPath;
import dev.meerkat.Schema;
import javax.tools.JavaFileObject;
import org.bson.BsonDocument;
import org.junit.jupiter.api.Test;

/** Fields named like the generated code's own variables, constants and path methods still work. */
class NameClashTest {

  private static final JavaFileObject CLASHING =
      JavaFileObjects.forSourceString(
          "clash.Clash",
          """
      package clash;

      import dev.meerkat.annotations.*;
      import java.util.List;
      import java.util.Map;

      @Schema(timestamps = true)
      public record Clash(String id, String value, String writer, String reader, String key, String extra,
          @Required String document, String prefix, String errors, String now, String instance,
          String INSTANCE, String eq, String path, String child, String element, String list, String map,
          List<List<String>> entry, Map<String, List<String>> index, Inner fields, String options,
          java.time.Instant createdAt, java.time.Instant updatedAt) {

        @Schema
        public record Inner(String set, String in, String exists, String desc) {}
      }
      """);

  @Test
  void generatedCodeCompilesAndRoundTrips() {
    Loaded loaded = new Loaded(Compilations.compileAndLoad(CLASHING));
    Schema<Object> schema = loaded.schema("clash.ClashSchema");
    BsonDocument stored =
        BsonDocument.parse(
            "{_id: '1', value: 'v', writer: 'w', reader: 'r', key: 'k', extra: 'e',"
                + " document: 'd', prefix: 'p', errors: 'x', now: 'n', instance: 'i', INSTANCE: 'I', eq: 'q', path: 'a',"
                + " child: 'c', element: 'el', list: 'l', map: 'm', entry: [['z']], index: {a: ['b']},"
                + " fields: {set: 's', in: 'i', exists: 'y', desc: 't'}, options: 'o', __v: 0}");
    Object decoded = Loaded.decodeRaw(schema, stored);
    assertThat(Loaded.encode(schema, decoded)).isEqualTo(stored);
    assertThat(schema.validate(Loaded.with(decoded, "document", null))).hasSize(1);

    Object inner = loaded.staticField("clash.ClashSchema", "FIELDS");
    assertThat(((FieldPath<?, ?>) Loaded.invoke(inner, "set_")).path()).isEqualTo("fields.set");
    assertThat(((FieldPath<?, ?>) Loaded.invoke(inner, "desc_")).path()).isEqualTo("fields.desc");
    assertThat(((FieldPath<?, ?>) loaded.staticField("clash.ClashSchema", "INSTANCE_")).path())
        .isEqualTo("instance");
    assertThat(loaded.staticField("clash.ClashSchema", "INSTANCE")).isSameInstanceAs(schema);
  }
}
