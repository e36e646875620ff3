package dev.meerkat.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * {@code @Populate} paths through subdocuments and references to any depth: what compiles, what the
 * generated code calls, and one test per message id with its text and line.
 */
class PopulatePathTest {
  private static final String IMPORTS =
      """
      package test;

      import dev.meerkat.CrudRepository;
      import dev.meerkat.Ref;
      import dev.meerkat.annotations.*;
      import java.util.*;
      import org.bson.types.ObjectId;

      """;

  /** One file per type, so the generated code reads no auxiliary class (-Werror). */
  private static JavaFileObject[] sources(String methods) {
    return new JavaFileObject[] {
      type("Company", "@Schema public record Company(@Id ObjectId id, String name) {}"),
      type(
          "Person",
          "@Schema public record Person(@Id ObjectId id, String name, String employerName,"
              + " Ref<Person> boss, Ref<Company> employer, List<Comment> comments,"
              + " Optional<Home> home) {}"),
      type(
          "Comment",
          "@Schema public record Comment(String text, @Field(\"by\") Ref<Person> author,"
              + " List<Ref<Person>> likes, Comment reply) {}"),
      type("Home", "@Schema public record Home(String city, Ref<Person> owner) {}"),
      type(
          "People",
          "@Repository public interface People extends CrudRepository<Person, ObjectId> {\n"
              + methods
              + "\n}")
    };
  }

  private static JavaFileObject type(String name, String declaration) {
    return JavaFileObjects.forSourceString("test." + name, IMPORTS + declaration + "\n");
  }

  private static void assertError(String methods, String message, String line) {
    JavaFileObject[] files = sources(methods);
    JavaFileObject file = files[files.length - 1];
    Compilation compilation = Compilations.compile(files);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining(message).inFile(file).onLineContaining(line);
  }

  @Test
  void pathsThroughSubdocumentsAndReferencesToAnyDepthCompile() {
    Compilation compilation =
        Compilations.compile(
            sources(
                "  @Populate({\"boss.boss.boss.employer\", \"comments.author.comments.likes\","
                    + " \"home.owner\"})\n"
                    + "  List<Person> findByName(String name);"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("test.PeopleImpl")
        .contentsAsUtf8String()
        .contains(
            ".populate(PersonSchema.BOSS.then(PersonSchema.BOSS).then(PersonSchema.BOSS)"
                + ".then(PersonSchema.EMPLOYER))");
    assertThat(compilation)
        .generatedSourceFile("test.PeopleImpl")
        .contentsAsUtf8String()
        .contains(".populate(PersonSchema.COMMENTS_AUTHOR.then(PersonSchema.COMMENTS_LIKES))");
    assertThat(compilation)
        .generatedSourceFile("test.PersonSchema")
        .contentsAsUtf8String()
        .contains(
            "RefPath<Person, Person> COMMENTS_AUTHOR = new RefPath<>(\"comments.by\", document ->"
                + " Refs.inEach(document.comments(), sub1 -> Refs.single(sub1.author())),");
    assertThat(compilation)
        .generatedSourceFile("test.PersonSchema")
        .contentsAsUtf8String()
        .contains(
            "HOME_OWNER = new RefPath<>(\"home.owner\", document ->"
                + " Refs.inOne(document.home().orElse(null), sub1 -> Refs.single(sub1.owner())),");
    assertThat(compilation)
        .generatedSourceFile("test.CommentSchema")
        .contentsAsUtf8String()
        .contains(
            "REPLY_AUTHOR = new RefPath<>(\"reply.by\", document ->"
                + " Refs.inOne(document.reply(), sub1 -> Refs.single(sub1.author())),");
  }

  @Test
  void aSubdocumentTypeThatEmbedsItselfIsEnteredOncePerPath() {
    assertError(
        "  @Populate(\"comments.reply.author\")\n  List<Person> findByName(String name);",
        "[MeerkatPopulateTooDeep] A @Populate path goes only as deep as its types hold references;"
            + " People.findByName names \"comments.reply.author\", but the subdocument types on the way to"
            + " comments.reply.author repeat, and a path enters each subdocument type of Person once. Name a"
            + " Ref in the first Comment of the path.",
        "\"comments.reply.author\")");
  }

  @Test
  void notARef() {
    assertError(
        "  @Populate(\"name\")\n  List<Person> findByName(String name);",
        "[MeerkatPopulateNotRef] A @Populate path ends at a Ref field (Ref<T> or List<Ref<T>>), directly or"
            + " inside subdocuments; People.findByName names \"name\", but field name of Person is a"
            + " java.lang.String. The references of Person are: boss, employer, comments.author,"
            + " comments.likes, home.owner.",
        "\"name\")");
  }

  @Test
  void notARefSuggestsTheClosestReference() {
    assertError(
        "  @Populate(\"boss.employerName\")\n  List<Person> findByName(String name);",
        "[MeerkatPopulateNotRef] A @Populate path ends at a Ref field (Ref<T> or List<Ref<T>>), directly or"
            + " inside subdocuments; People.findByName names \"boss.employerName\", but field employerName of"
            + " Person is a java.lang.String. Did you mean \"boss.employer\"?",
        "\"boss.employerName\")");
  }

  @Test
  void aSubdocumentIsNotARef() {
    assertError(
        "  @Populate(\"comments\")\n  List<Person> findByName(String name);",
        "but field comments of Person is a java.util.List<test.Comment>, a subdocument. The references of"
            + " Person are: boss, employer, comments.author,",
        "\"comments\")");
  }

  @Test
  void deeperThanAValueAllows() {
    assertError(
        "  @Populate(\"boss.name.first\")\n  List<Person> findByName(String name);",
        "[MeerkatPopulateTooDeep] A @Populate path goes only as deep as its types hold references;"
            + " People.findByName names \"boss.name.first\", but field name of Person is a java.lang.String,"
            + " which holds no fields to follow. End the path at \"boss\".",
        "\"boss.name.first\")");
  }

  @Test
  void deeperThanTheReferencedTypeAllows() {
    assertError(
        "  @Populate(\"boss.employer.owner\")\n  List<Person> findByName(String name);",
        "[MeerkatPopulateTooDeep] A @Populate path goes only as deep as its types hold references;"
            + " People.findByName names \"boss.employer.owner\", but Company, which boss.employer refers to,"
            + " holds no Ref fields. End the path at \"boss.employer\".",
        "\"boss.employer.owner\")");
  }

  @Test
  void unknownFieldInsideASubdocumentSuggestsTheClosest() {
    assertError(
        "  @Populate(\"comments.autor\")\n  List<Person> findByName(String name);",
        "[MeerkatPopulatePath] @Populate paths name Ref fields (Ref<T> or List<Ref<T>>), dotted to populate the"
            + " documents found in turn; People.findByName names \"comments.autor\": Comment has no field autor"
            + " (did you mean author?). Fix the path.",
        "\"comments.autor\")");
  }
}
