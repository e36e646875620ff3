package dev.meerkat.processor;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The generated repository and projection of one representative interface, compared with golden
 * files so that every change to the generated code shows in review. To accept a change, run with
 * {@code -Dmeerkat.updateGoldens=true} and commit the rewritten files under {@code
 * src/test/resources/goldens/}.
 */
class RepositoryGoldenTest {
  private static final String IMPORTS =
      """
      package golden;

      import dev.meerkat.CrudRepository;
      import dev.meerkat.Page;
      import dev.meerkat.Pageable;
      import dev.meerkat.annotations.*;
      import java.util.*;
      import java.util.concurrent.CompletableFuture;
      import org.bson.types.ObjectId;

      """;

  private static JavaFileObject source(String name, String body) {
    return JavaFileObjects.forSourceString("golden." + name, IMPORTS + body);
  }

  private static final JavaFileObject[] SOURCES = {
    source(
        "Person",
        "@Schema public record Person(@Id ObjectId id, String name, @Field(\"a\") @Required int age, Home home,"
            + " List<String> tags) {}"),
    source("Home", "@Schema public record Home(String city) {}"),
    source("PersonName", "@Projection(Person.class) public record PersonName(String name) {}"),
    source(
        "People",
        """
          @Repository
          public interface People extends CrudRepository<Person, ObjectId> {
            List<Person> findByAgeGreaterThanOrderByNameAsc(int age);
            Page<PersonName> findByHomeCityIgnoreCase(String city, Pageable page);
            long countByTagsContaining(String tag);
            @Query(value = "{ a: { $gte: ?0 }, name: :name }", sort = "{ a: -1 }")
            CompletableFuture<Optional<Person>> oldest(int age, String name);
          }
          """)
  };

  @Test
  void generatedRepositoryAndProjection() throws IOException {
    Compilation compilation = Compilations.compile(SOURCES);
    com.google.testing.compile.CompilationSubject.assertThat(compilation)
        .succeededWithoutWarnings();
    check(compilation, "golden/PeopleImpl.java");
    check(compilation, "golden/PersonNameProjection.java");
  }

  private static void check(Compilation compilation, String path) throws IOException {
    Goldens.check(compilation, path);
  }
}
