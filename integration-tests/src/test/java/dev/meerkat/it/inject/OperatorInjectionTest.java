package dev.meerkat.it.inject;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.meerkat.CastException;
import dev.meerkat.Connection;
import dev.meerkat.Filter;
import dev.meerkat.Meerkat;
import dev.meerkat.MeerkatException;
import dev.meerkat.MeerkatInstance;
import dev.meerkat.Ref;
import dev.meerkat.testing.MongoServer;
import dev.meerkat.testing.MongoTest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.regex.Pattern;
import org.bson.BsonDocument;
import org.bson.BsonNull;
import org.bson.BsonRegularExpression;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * User input given where Meerkat expects a value (an id, an {@code eq} operand) stays a value: it
 * never becomes a query operator that matches, changes or deletes other documents.
 */
@MongoTest
class OperatorInjectionTest {
  private final MeerkatInstance meerkat = Meerkat.newInstance();
  private static final ObjectId KEEPER = new ObjectId();
  private VaultModel vaults;
  private VaultRepository repository;
  private LooseIdVaultRepository loose;

  @BeforeEach
  void open(MongoServer server) {
    Connection conn = meerkat.connect(server.uri()).join();
    conn.db().drop();
    vaults = VaultModel.on(conn);
    repository = VaultRepositoryImpl.on(conn);
    loose = LooseIdVaultRepositoryImpl.on(conn);
    vaults.insertMany(
        List.of(
            new Vault(
                null,
                "ada",
                Map.of("tier", "gold"),
                new Document("pin", 1234),
                List.of(new Document("text", "hi")),
                Ref.to(KEEPER)),
            new Vault(
                null,
                "bob",
                Map.of("tier", "free"),
                new Document("pin", 9999),
                List.of(new Document("text", "yo")),
                Ref.to(new ObjectId()))));
  }

  @AfterEach
  void close() {
    meerkat.disconnect().join();
  }

  private static final List<Object> OPERATOR_IDS =
      List.of(
          new Document("$ne", null),
          Map.of("$gt", ""),
          new BsonDocument("$ne", BsonNull.VALUE),
          Pattern.compile(".*"),
          new BsonRegularExpression(".*"));

  private void assertCastRefused(Object id, Runnable call) {
    CastException e = assertThrows(CastException.class, call::run, String.valueOf(id));
    assertEquals("_id", e.path());
    assertEquals("ObjectId", e.expectedType());
    assertTrue(e.getMessage().startsWith("Cast to ObjectId failed for value "), e.getMessage());
    assertTrue(e.getMessage().endsWith(" at path \"_id\" for model \"Vault\""), e.getMessage());
  }

  /** Runs {@code call}, rethrowing the cause of a failed future as the async API reports it. */
  private static void unwrapped(Runnable call) {
    try {
      call.run();
    } catch (CompletionException e) {
      throw (RuntimeException) e.getCause();
    }
  }

  @Test
  void anOperatorGivenAsAnIdIsACastErrorAndMatchesNothing() {
    for (Object id : OPERATOR_IDS) {
      assertCastRefused(id, () -> vaults.findById(id));
      assertCastRefused(id, () -> vaults.findByIdAndDelete(id));
      assertCastRefused(id, () -> vaults.findByIdAndUpdate(id, VaultSchema.OWNER.set("mallory")));
      assertCastRefused(id, () -> unwrapped(() -> vaults.async().findById(id).join()));
      assertCastRefused(id, () -> unwrapped(() -> vaults.async().findByIdAndDelete(id).join()));
    }
    assertEquals(2, vaults.countDocuments(), "nothing deleted");
    assertEquals(0, vaults.countDocuments(VaultSchema.OWNER.eq("mallory")), "nothing changed");

    // the boundary: ids that are values still find their document, or nothing
    Vault ada = vaults.findOne(VaultSchema.OWNER.eq("ada")).orElseThrow();
    assertEquals(ada, vaults.findById(ada.id()).orElseThrow());
    assertEquals(ada, vaults.findById(ada.id().toHexString()).orElseThrow());
    assertEquals(Optional.empty(), vaults.findById(new Document("ne", null)));
    assertEquals(Optional.empty(), vaults.findById("$ne"));
  }

  @Test
  void aRepositoryCastsItsIdsAsTheModelDoes() {
    for (Object id : OPERATOR_IDS) {
      assertCastRefused(id, () -> loose.findById(id));
      assertCastRefused(id, () -> loose.existsById(id));
      assertCastRefused(id, () -> loose.deleteById(id));
    }
    assertEquals(2, vaults.countDocuments(), "nothing deleted");

    Vault ada = vaults.findOne(VaultSchema.OWNER.eq("ada")).orElseThrow();
    String hex = ada.id().toHexString();
    assertTrue(loose.existsById(hex), "a hex string is the ObjectId it spells");
    assertEquals(ada, loose.findById(hex).orElseThrow());
    loose.deleteById(hex);
    assertEquals(Optional.empty(), vaults.findById(ada.id()));
    assertEquals(1, vaults.countDocuments());
  }

  @Test
  void composingNoFiltersIsRefusedBeforeAnythingIsSent() {
    @SuppressWarnings({"unchecked", "rawtypes"})
    Filter<Vault>[] empty = new Filter[0];
    MeerkatException or =
        assertThrows(MeerkatException.class, () -> vaults.deleteMany(Filter.or(empty)));
    assertEquals(
        "Filter.or() needs at least one filter: with none it would match no document, and MongoDB"
            + " refuses an empty $or. Check for an empty list before composing it.",
        or.getMessage());
    MeerkatException and =
        assertThrows(MeerkatException.class, () -> vaults.deleteMany(Filter.and(empty)));
    assertEquals(
        "Filter.and() needs at least one filter: with none it would match every document, and"
            + " MongoDB refuses an empty $and. Use Filter.empty() to mean every document.",
        and.getMessage());
    assertEquals(2, vaults.countDocuments(), "nothing deleted");
    // the boundary: one filter is enough
    assertEquals(1, vaults.countDocuments(Filter.or(VaultSchema.OWNER.eq("ada"))));
    assertEquals(1, vaults.countDocuments(Filter.and(VaultSchema.OWNER.eq("ada"))));
  }

  private static void assertOperatorRefused(String path, String key, Runnable call) {
    MeerkatException e = assertThrows(MeerkatException.class, call::run);
    if (path != null) {
      assertTrue(e.getMessage().contains("`" + path + "`"), e.getMessage());
    }
    String named = key.startsWith("$") ? "\"" + key + "\"" : key;
    assertTrue(e.getMessage().contains(named), e.getMessage());
    assertTrue(e.getMessage().contains("Filter.raw"), e.getMessage());
  }

  @Test
  void anEqualityWithAnOperatorDocumentIsRefusedNotRunAsAnOperator() {
    Map<String, String> notNull = Map.of("$ne", "x");
    Document exists = new Document("$exists", true);
    assertOperatorRefused(
        "labels", "$ne", () -> vaults.find(VaultSchema.LABELS.eq(notNull)).list());
    assertOperatorRefused(
        "extra", "$exists", () -> vaults.find(VaultSchema.EXTRA.eq(exists)).list());
    assertOperatorRefused(
        "notes",
        "$ne",
        () -> vaults.find(VaultSchema.NOTES.contains(new Document("$ne", null))).list());
    assertOperatorRefused(
        "keeper",
        "$ne",
        () -> vaults.find(VaultSchema.KEEPER.eq(new Document("$ne", null))).list());
    assertOperatorRefused(
        "keeper", "$gt", () -> vaults.find(VaultSchema.KEEPER.eq(Map.of("$gt", ""))).list());
    assertOperatorRefused(
        "keeper",
        "regular expression",
        () -> vaults.find(VaultSchema.KEEPER.eq(Pattern.compile(".*"))).list());
    assertOperatorRefused(
        null, "$ne", () -> repository.findByNotesContaining(new Document("$ne", null)));
    Document anyNote = new Document("$elemMatch", new Document("text", new Document("$ne", "")));
    assertOperatorRefused(
        "notes",
        "$elemMatch",
        () -> vaults.find(VaultSchema.NOTES.containsAll(List.of(anyNote))).list());
    // a repository parameter's error names the key; the stack trace names the method
    assertOperatorRefused(null, "$ne", () -> repository.findByLabels(notNull));
    assertOperatorRefused(null, "$exists", () -> repository.findByExtra(exists));
    assertOperatorRefused(null, "$exists", () -> repository.extraIs(exists));

    // the boundary: a document without operator keys is a value, equal to the stored one only
    assertEquals(
        List.of("ada"),
        vaults.find(VaultSchema.LABELS.eq(Map.of("tier", "gold"))).list().stream()
            .map(Vault::owner)
            .toList());
    assertEquals(
        List.of("bob"),
        repository.findByExtra(new Document("pin", 9999)).stream().map(Vault::owner).toList());
    assertEquals(
        List.of("bob"),
        repository.extraIs(new Document("pin", 9999)).stream().map(Vault::owner).toList());
    assertEquals(List.of("ada"), owners(vaults.find(VaultSchema.KEEPER.eq(KEEPER)).list()));
    assertEquals(
        List.of("ada"), owners(repository.findByNotesContaining(new Document("text", "hi"))));
    assertEquals(
        List.of("ada"),
        owners(
            vaults
                .find(VaultSchema.NOTES.containsAll(List.of(new Document("text", "hi"))))
                .list()));
  }

  @Test
  void anchoredStringKeywordsMatchTheWholeValueNotUpToATrailingNewline() {
    vaults.create(new Vault(null, "ada\n", Map.of(), null, List.of(), null));
    vaults.create(new Vault(null, "ad\nzz", Map.of(), null, List.of(), null));
    assertEquals(List.of("ada"), owners(repository.findByOwnerIgnoreCase("ADA")));
    assertEquals(List.of("ada"), owners(repository.findByOwnerEndingWith("da")));
    assertEquals(List.of("ada"), owners(repository.findByOwnerLike("*a")));
    assertEquals(
        List.of("ad\nzz", "ada", "ada\n"),
        owners(repository.findByOwnerLike("ad*")),
        "the wildcard matches any text, line breaks included");
    assertEquals(1, repository.deleteByOwnerIgnoreCase("Ada"));
    assertEquals(3, vaults.countDocuments());
  }

  private static List<String> owners(List<Vault> found) {
    return found.stream().map(Vault::owner).sorted().toList();
  }
}
