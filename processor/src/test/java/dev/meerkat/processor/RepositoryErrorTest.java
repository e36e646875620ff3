package dev.meerkat.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * One test per repository, projection and reference message id: the exact text, and the line it
 * points at (the derived method's own line).
 */
class RepositoryErrorTest {
  private static final String PREFIX =
      """
      package test;

      import dev.meerkat.CrudRepository;
      import dev.meerkat.Page;
      import dev.meerkat.Ref;
      import dev.meerkat.annotations.*;
      import java.util.*;
      import org.bson.types.ObjectId;

      @Schema record Person(@Id ObjectId id, String name, @Field("a") int age, boolean active, List<String> tags,
          Home home, Ref<Person> boss) {}
      @Schema record Home(String city) {}
      """;

  private static void assertError(String body, String message, String line) {
    JavaFileObject file = JavaFileObjects.forSourceString("test.T", PREFIX + body);
    Compilation compilation = Compilations.compile(file);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining(message).inFile(file).onLineContaining(line);
  }

  private static String repository(String methods) {
    return "@Repository interface People extends CrudRepository<Person, ObjectId> {\n"
        + methods
        + "\n}\n";
  }

  @Test
  void unknownPropertySuggestsTheClosestField() {
    assertError(
        repository("  List<Person> findByAgeeGreaterThan(int age);"),
        "[MeerkatUnknownProperty] A derived query names fields of its schema; People.findByAgeeGreaterThan names"
            + " \"Agee\", but Person has no field agee. Did you mean \"age\"?",
        "findByAgeeGreaterThan");
    assertError(
        repository("  List<Person> findByHomeCty(String city);"),
        "[MeerkatUnknownProperty] A derived query names fields of its schema; People.findByHomeCty names \"HomeCty\","
            + " but Home has no field cty. Did you mean \"city\"?",
        "findByHomeCty");
    assertError(
        repository("  List<Person> findByNameOrderByZzzzzzAsc(String name);"),
        "names \"Zzzzzz\", but Person has no field zzzzzz. Its fields are: id, name, age, active, tags, home, boss.",
        "findByNameOrderByZzzzzzAsc");
  }

  @Test
  void parameterCount() {
    assertError(
        repository("  List<Person> findByNameAndAgeBetween(String name, int from);"),
        "[MeerkatParameterCount] A derived query takes one parameter per value its predicates compare with, in order"
            + " (Name takes 1, AgeBetween takes 2); People.findByNameAndAgeBetween declares 2. Declare 3, or change"
            + " the method name.",
        "findByNameAndAgeBetween");
  }

  @Test
  void parameterType() {
    assertError(
        repository("  List<Person> findByAgeGreaterThan(String age);"),
        "[MeerkatParameterType] AgeGreaterThan compares a property of type int with int; parameter age of"
            + " People.findByAgeGreaterThan has type java.lang.String. Declare it as int.",
        "findByAgeGreaterThan");
    assertError(
        repository("  List<Person> findByNameIn(String names);"),
        "Declare it as a Collection<java.lang.String> or java.lang.String[].",
        "findByNameIn");
  }

  @Test
  void keywordType() {
    assertError(
        repository("  List<Person> findByAgeStartingWith(String prefix);"),
        "[MeerkatKeywordType] StartingWith applies to String properties; People.findByAgeStartingWith uses it on"
            + " AgeStartingWith, of type int. Use another keyword or property.",
        "findByAgeStartingWith");
    assertError(
        repository("  List<Person> findByNameTrue();"),
        "[MeerkatKeywordType] True applies to boolean properties",
        "findByNameTrue");
  }

  @Test
  void unsupportedReturnType() {
    assertError(
        repository("  String findByName(String name);"),
        "[MeerkatRepositoryReturn] A find method returns Person, Optional<Person>, List<Person>, Stream<Person> or"
            + " Page<Person> (or the same of a @Projection(Person.class) record), optionally in a CompletableFuture;"
            + " People.findByName returns java.lang.String. Change the return type, or the method's subject.",
        "String findByName");
    assertError(
        repository("  boolean countByName(String name);"),
        "[MeerkatRepositoryReturn] A count method returns long or int",
        "countByName");
    assertError(
        repository("  Page<Person> findByName(String name);"),
        "[MeerkatRepositoryReturn] A method returning Page<Person> takes a Pageable parameter that says which page;"
            + " People.findByName returns dev.meerkat.Page<test.Person>. Add a Pageable parameter, or return a List.",
        "Page<Person> findByName");
  }

  @Test
  void aLimitOrPageOnADeleteOrCountIsRefusedRatherThanIgnored() {
    assertError(
        repository("  void deleteFirstByName(String name);"),
        "[MeerkatRepositoryLimit] First, Top<N>, Distinct, a Pageable and a Sort shape what a find method"
            + " returns; People.deleteFirstByName is a delete method, which deletes every matching document, so"
            + " its First would be ignored. Remove it, or find the documents and delete them by id.",
        "deleteFirstByName");
    assertError(
        repository("  long removeTop2ByActiveTrue();"),
        "People.removeTop2ByActiveTrue is a delete method, which deletes every matching document, so its Top2"
            + " would be ignored.",
        "removeTop2ByActiveTrue");
    assertError(
        repository("  long deleteByName(String name, dev.meerkat.Pageable page);"),
        "People.deleteByName is a delete method, which deletes every matching document, so its Pageable"
            + " parameter page would be ignored.",
        "deleteByName");
    assertError(
        repository("  long countTop3ByName(String name);"),
        "[MeerkatRepositoryLimit] First, Top<N>, Distinct, a Pageable and a Sort shape what a find method"
            + " returns; People.countTop3ByName is a count method, which counts every matching document, so its"
            + " Top3 would be ignored. Remove it, or count with a find method's results.",
        "countTop3ByName");
    assertError(
        repository("  long countDistinctByName(String name);"),
        "so its Distinct would be ignored.",
        "countDistinctByName");
    assertError(
        repository(
            "  @Query(\"{ name: ?0 }\") long named(String name, dev.meerkat.Sort<Person> order);"),
        "People.named is a count method, which counts every matching document, so its Sort parameter order"
            + " would be ignored.",
        "long named");
  }

  @Test
  void aTopWithAPageableIsRefusedRatherThanAppliedToEachPage() {
    assertError(
        repository("  List<Person> findTop2ByName(String name, dev.meerkat.Pageable page);"),
        "[MeerkatRepositoryTopAndPage] Top<N>, First and Distinct are not combined with a Pageable (a page"
            + " would ignore them); People.findTop2ByName has Top2 and Pageable parameter page. Page with the"
            + " Pageable alone, or drop it.",
        "findTop2ByName");
    assertError(
        repository("  Page<Person> findFirstByActiveTrue(dev.meerkat.Pageable page);"),
        "People.findFirstByActiveTrue has First and Pageable parameter page.",
        "findFirstByActiveTrue");
    assertError(
        repository("  Page<Person> findDistinctByName(String name, dev.meerkat.Pageable page);"),
        "People.findDistinctByName has Distinct and Pageable parameter page.",
        "findDistinctByName");
  }

  @Test
  void methodName() {
    assertError(
        repository("  List<Person> fetchByName(String name);"),
        "[MeerkatQueryMethodName] A repository method without @Query is derived from its name:"
            + " find|read|get|query|search|stream|count|exists|delete|remove, optionally First/Top<N>/Distinct, then"
            + " By and the properties; People.fetchByName does not start with a subject followed by By, e.g."
            + " findByName. Rename it or add @Query.",
        "fetchByName");
  }

  @Test
  void queryJson() {
    assertError(
        repository("  @Query(\n      \"{ 'a': { $gte: ?0 }\")\n  List<Person> adults(int age);"),
        "[MeerkatQueryJson] @Query(value) must be a JSON document (single quotes, unquoted keys, and ?0 or :name for"
            + " parameters are allowed); People.adults has an error at offset 19: expected , or } but found the end of"
            + " the text. Fix the JSON.",
        "$gte: ?0 }\")");
  }

  @Test
  void queryField() {
    assertError(
        repository("  @Query(\n      \"{ age: { $gte: ?0 } }\")\n  List<Person> adults(int age);"),
        "[MeerkatQueryField] @Query(value) names stored keys of Person; People.adults names \"age\", which is not a"
            + " stored key of Person. Field age is stored as \"a\"; @Query uses stored keys.",
        "{ age:");
    assertError(
        repository(
            "  @Query(value = \"{}\",\n      sort = \"{ 'home.cty': 1 }\")\n  List<Person> sorted();"),
        "names \"home.cty\", which goes into Home, which has no stored key \"cty\". Did you mean \"city\"?",
        "sort = ");
  }

  @Test
  void queryParameter() {
    assertError(
        repository("  @Query(\n      \"{ a: ?1 }\")\n  List<Person> aged(int age);"),
        "[MeerkatQueryParameter] @Query placeholders name the method's value parameters (?0 to ?0, or :age);"
            + " People.aged uses ?1. Fix the placeholder.",
        "{ a: ?1 }");
  }

  @Test
  void populatePath() {
    assertError(
        repository("  @Populate({\"boss\",\n      \"bos\"})\n  List<Person> findByAge(int age);"),
        "[MeerkatPopulatePath] @Populate paths name Ref fields (Ref<T> or List<Ref<T>>), dotted to populate the"
            + " documents found in turn; People.findByAge names \"bos\": Person has no field bos (did you mean"
            + " boss?). Fix the path.",
        "\"bos\"})");
  }

  @Test
  void repositoryType() {
    assertError(
        "@Repository interface Things extends CrudRepository<String, ObjectId> {}\n",
        "[MeerkatRepositoryType] @Repository applies to interfaces extending dev.meerkat.CrudRepository<T, ID> with T a"
            + " @Schema type; Things extends CrudRepository<java.lang.String, ...>, which is not a @Schema type.",
        "interface Things");
  }

  @Test
  void projectionComponent() {
    assertError(
        "@Projection(Person.class) record Names(String nam) {}\n",
        "[MeerkatProjectionComponent] Each component of a @Projection record reads the field of Person with its name;"
            + " component nam of Names names no field. Did you mean name?",
        "record Names");
  }

  @Test
  void projectionComponentType() {
    assertError(
        "@Projection(Person.class) record Ages(long age) {}\n",
        "[MeerkatProjectionComponentType] A @Projection component has the type of the field it reads; component age"
            + " of Ages has type long, but field age of Person has type int. Declare it as int.",
        "record Ages");
  }

  @Test
  void projectionKind() {
    assertError(
        "@Projection(\n    String.class)\nrecord Odd(String value) {}\n",
        "[MeerkatProjectionKind] @Projection applies to records whose value is a @Schema type; Odd projects"
            + " java.lang.String, which is not a @Schema type. Name a @Schema type.",
        "String.class)");
    // Not a record: the type is at fault, not the value.
    assertError(
        "@Projection(\n    Person.class)\ninterface NotARecord {}\n",
        "[MeerkatProjectionKind] @Projection applies to records whose value is a @Schema type; NotARecord is not a"
            + " record. Declare it as a record.",
        "interface NotARecord");
  }

  @Test
  void refWithoutId() {
    assertError(
        "@Schema record Tag(String label) {}\n@Schema record Note(@Id ObjectId id, Ref<Tag> tag) {}\n",
        "[MeerkatRefWithoutId] A Ref is stored as the _id of the document it points to, so its type needs an id;"
            + " field tag of Note is a reference to Tag, which has no @Id field and no field named id. Add one to Tag,"
            + " e.g. @Id ObjectId id.",
        "Ref<Tag> tag");
    // The base of a sealed hierarchy has no fields: each subtype needs the id.
    assertError(
        "@Schema sealed interface Pet permits Cat, Dog {}\n"
            + "@Schema record Cat(@Id ObjectId id, String name) implements Pet {}\n"
            + "@Schema record Dog(String name) implements Pet {}\n"
            + "@Schema record Owner(@Id ObjectId id, Ref<Pet> pet) {}\n",
        "[MeerkatRefWithoutId] A Ref is stored as the _id of the document it points to, so its type needs an id;"
            + " field pet of Owner is a reference to Pet, which has no @Id field and no field named id. Add one to"
            + " each of its subtypes without one (Dog), e.g. @Id ObjectId id.",
        "Ref<Pet> pet");
  }
}
