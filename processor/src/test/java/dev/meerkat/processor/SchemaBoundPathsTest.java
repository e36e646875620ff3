package dev.meerkat.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Paths are bound to their schema: a filter, update or sort built from one schema's paths does not
 * compile where another model's is expected, nested paths included, while the same calls with the
 * model's own paths compile cleanly.
 */
class SchemaBoundPathsTest {

  private static final JavaFileObject[] SCHEMAS = {
    Compilations.source(
        "shop.Address",
        "package shop;",
        "@dev.meerkat.annotations.Schema",
        "public record Address(String city) {}"),
    Compilations.source(
        "shop.Customer",
        "package shop;",
        "import dev.meerkat.annotations.*;",
        "@Schema @Model public record Customer(@Id org.bson.types.ObjectId id, String name, @Required int balance,"
            + " Address address) {}"),
    Compilations.source(
        "shop.Product",
        "package shop;",
        "import dev.meerkat.annotations.*;",
        "@Schema @Model public record Product(@Id org.bson.types.ObjectId id, String sku, Address warehouse) {}")
  };

  private static JavaFileObject usage(String statement) {
    return JavaFileObjects.forSourceString(
        "shop.Usage",
        """
        package shop;

        import dev.meerkat.*;

        final class Usage {
          private Usage() {}

          static Object use(CustomerModel customers) {
            return %s;
          }
        }
        """
            .formatted(statement));
  }

  private static void assertRejected(String statement, String message) {
    JavaFileObject usage = usage(statement);
    Compilation compilation = Compilations.compile(with(usage));
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining(message).inFile(usage).onLineContaining(statement);
  }

  private static void assertCompiles(String statement) {
    assertThat(Compilations.compile(with(usage(statement)))).succeededWithoutWarnings();
  }

  private static JavaFileObject[] with(JavaFileObject usage) {
    return new JavaFileObject[] {SCHEMAS[0], SCHEMAS[1], SCHEMAS[2], usage};
  }

  @Test
  void aFilterOfAnotherSchemaDoesNotCompile() {
    assertRejected(
        "customers.countDocuments(ProductSchema.SKU.eq(\"x\"))",
        "incompatible types: dev.meerkat.Filter<shop.Product> cannot be converted to"
            + " dev.meerkat.Filter<shop.Customer>");
    assertCompiles("customers.countDocuments(CustomerSchema.NAME.eq(\"x\"))");
  }

  @Test
  void nestedPathsAreBoundToTheTopLevelSchema() {
    assertRejected(
        "customers.find(ProductSchema.WAREHOUSE.city().eq(\"Paris\")).list()",
        "dev.meerkat.Filter<shop.Product> cannot be converted to dev.meerkat.Filter<shop.Customer>");
    assertCompiles("customers.find(CustomerSchema.ADDRESS.city().eq(\"Paris\")).list()");
  }

  @Test
  void updatesAndSortsOfAnotherSchemaDoNotCompile() {
    assertRejected(
        "customers.updateOne(CustomerSchema.NAME.eq(\"a\"), ProductSchema.SKU.set(\"b\"))",
        "dev.meerkat.Update<shop.Product> cannot be converted to dev.meerkat.Update<shop.Customer>");
    assertRejected(
        "customers.find().sort(ProductSchema.SKU.asc()).list()",
        "dev.meerkat.Sort<shop.Product> cannot be converted to dev.meerkat.Sort<shop.Customer>");
    assertCompiles(
        "customers.find().sort(Sort.by(CustomerSchema.BALANCE.desc(),"
            + " CustomerSchema.NAME.asc())).list()");
    assertCompiles(
        "customers.updateOne(Filter.and(CustomerSchema.NAME.eq(\"a\"),"
            + " CustomerSchema.ADDRESS.city().exists()), Update.combine(CustomerSchema.BALANCE.inc(1),"
            + " CustomerSchema.ADDRESS.city().set(\"Paris\")))");
  }

  @Test
  void rawDriverValuesNeedTheExplicitWrapper() {
    assertRejected(
        "customers.countDocuments(new org.bson.Document(\"sku\", \"x\"))",
        "incompatible types: org.bson.Document cannot be converted to dev.meerkat.Filter<shop.Customer>");
    assertCompiles("customers.countDocuments(Filter.raw(new org.bson.Document(\"sku\", \"x\")))");
  }
}
