package dev.meerkat.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.UpdateOptions;
import dev.meerkat.Connection;
import dev.meerkat.Filter;
import dev.meerkat.Meerkat;
import dev.meerkat.MeerkatInstance;
import dev.meerkat.Setting;
import dev.meerkat.Update;
import dev.meerkat.ValidationError;
import dev.meerkat.ValidationException;
import dev.meerkat.testing.MongoServer;
import dev.meerkat.testing.MongoTest;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Typed update values are checked against their fields' validators before anything is sent (the
 * driver's own {@code CommandListener} proves nothing left the client); raw updates, {@code inc},
 * and schemas or instances that turn update validation off are sent as they are.
 */
@MongoTest
class UpdateValidationTest {
  private final MeerkatInstance meerkat = Meerkat.newInstance();
  private final SentCommands sent = new SentCommands();
  private Connection conn;
  private WalletModel wallets;
  private Wallet ada;

  @BeforeEach
  void open(MongoServer server) {
    conn = meerkat.connect(server.uri(), sent.options()).join();
    wallets = WalletModel.on(conn);
    wallets.deleteMany(Filter.empty());
    ada = wallets.create(Wallet.of("ada", 10));
  }

  @AfterEach
  void close() {
    meerkat.disconnect().join();
  }

  private int writes() {
    return sent.named("update").size() + sent.named("findAndModify").size();
  }

  /**
   * Runs {@code update}, expects a ValidationException with exactly {@code expected}, and that
   * nothing was sent.
   */
  private void assertRejected(Supplier<?> update, ValidationError... expected) {
    int before = writes();
    ValidationException e = assertThrows(ValidationException.class, update::get);
    assertEquals(List.of(expected), e.errors());
    assertEquals(before, writes(), "nothing was sent");
    assertEquals(ada, wallets.findById(ada.id()).orElseThrow(), "the stored document is unchanged");
  }

  private Filter<Wallet> byId() {
    return WalletSchema.ID.eq(ada.id());
  }

  @Test
  void everyInvalidSetIsRejectedNamingThePathWithNothingSent() {
    assertRejected(
        () -> wallets.updateOne(byId(), WalletSchema.EMAIL.set("no-at-sign")),
        new ValidationError("email", "Path `email` is invalid (no-at-sign)."));
    assertRejected(
        () -> wallets.updateOne(byId(), WalletSchema.NAME.set("")),
        new ValidationError("name", "Path `name` is required."));
    assertRejected(
        () -> wallets.updateOne(byId(), WalletSchema.NAME.set("a")),
        new ValidationError(
            "name", "Path `name` (`a`, length 1) is shorter than the minimum allowed length (2)."));
    assertRejected(
        () -> wallets.updateOne(byId(), WalletSchema.TIER.set("platinum")),
        new ValidationError("tier", "`platinum` is not a valid enum value for path `tier`."));
    assertRejected(
        () -> wallets.updateOne(byId(), WalletSchema.BALANCE.set(-1L)),
        new ValidationError(
            "balance", "Path `balance` (-1) is less than minimum allowed value (0)."));
    assertRejected(
        () -> wallets.updateMany(Filter.empty(), WalletSchema.BALANCE.set(1001L)),
        new ValidationError(
            "balance", "Path `balance` (1001) is more than maximum allowed value (1000)."));
  }

  @Test
  void eachValidatorAcceptsItsBoundary() {
    wallets.updateOne(
        byId(),
        Update.combine(
            WalletSchema.NAME.set("ab"),
            WalletSchema.BALANCE.set(0L),
            WalletSchema.TIER.set("gold"),
            WalletSchema.EMAIL.set("a@b")));
    wallets.updateOne(byId(), WalletSchema.BALANCE.set(1000L));
    Wallet stored = wallets.findById(ada.id()).orElseThrow();
    assertEquals(
        List.of("ab", 1000L, "gold", "a@b"),
        List.of(stored.name(), stored.balance(), stored.tier(), stored.email()));
  }

  @Test
  void unsetAndNullOnRequiredOrPrimitiveFieldsAreRejected() {
    assertRejected(
        () -> wallets.updateOne(byId(), WalletSchema.NAME.unset()),
        new ValidationError("name", "Path `name` is required."));
    assertRejected(
        () -> wallets.updateOne(byId(), WalletSchema.BALANCE.set(null)),
        new ValidationError("balance", "Path `balance` is required."));
    wallets.updateOne(byId(), WalletSchema.EMAIL.unset());
    assertEquals(
        null, wallets.findById(ada.id()).orElseThrow().email(), "an optional field may be unset");
  }

  @Test
  void subdocumentsPushedElementsAndNestedPathsAreValidated() {
    assertRejected(
        () -> wallets.updateOne(byId(), WalletSchema.ADDRESS.set(new Address(null, "Rome", "1"))),
        new ValidationError("address.street", "Path `address.street` is required."));
    assertRejected(
        () -> wallets.updateOne(byId(), WalletSchema.ADDRESS.street().set("")),
        new ValidationError("address.street", "Path `address.street` is required."));
    assertRejected(
        () -> wallets.updateOne(byId(), WalletSchema.HISTORY.push(new Address("", "Rome", "1"))),
        new ValidationError("history.$.street", "Path `history.$.street` is required."));
    assertRejected(
        () ->
            wallets.updateOne(
                byId(),
                WalletSchema.HISTORY.set(
                    List.of(new Address("a", null, null), new Address(null, null, null)))),
        new ValidationError("history.1.street", "Path `history.1.street` is required."));
    wallets.updateOne(byId(), WalletSchema.HISTORY.addToSet(new Address("2 Side St", null, null)));
    assertEquals(1, wallets.findById(ada.id()).orElseThrow().history().size());
  }

  @Test
  void combinedUpdatesReportEveryFailureAndMinMaxValuesAreChecked() {
    assertRejected(
        () ->
            wallets.updateOne(
                byId(),
                Update.combine(
                    WalletSchema.NAME.set(""),
                    WalletSchema.BALANCE.max(5000L),
                    WalletSchema.TIER.setOnInsert("tin"))),
        new ValidationError("name", "Path `name` is required."),
        new ValidationError(
            "balance", "Path `balance` (5000) is more than maximum allowed value (1000)."),
        new ValidationError("tier", "`tin` is not a valid enum value for path `tier`."));
    assertRejected(
        () -> wallets.updateOne(byId(), WalletSchema.BALANCE.min(-3L)),
        new ValidationError(
            "balance", "Path `balance` (-3) is less than minimum allowed value (0)."));
  }

  @Test
  void everyUpdatingOperationValidatesUpsertsIncluded() {
    assertRejected(
        () -> wallets.findOneAndUpdate(byId(), WalletSchema.BALANCE.set(-1L)),
        new ValidationError(
            "balance", "Path `balance` (-1) is less than minimum allowed value (0)."));
    assertRejected(
        () ->
            wallets.findOneAndUpdate(
                byId(), WalletSchema.BALANCE.set(-1L), new FindOneAndUpdateOptions().upsert(true)),
        new ValidationError(
            "balance", "Path `balance` (-1) is less than minimum allowed value (0)."));
    assertRejected(
        () ->
            wallets.updateOne(
                byId(), WalletSchema.BALANCE.set(-1L), new UpdateOptions().upsert(true)),
        new ValidationError(
            "balance", "Path `balance` (-1) is less than minimum allowed value (0)."));
  }

  @Test
  void asyncFailureCompletesTheFutureExceptionally() {
    int before = writes();
    var future = wallets.async().updateMany(Filter.empty(), WalletSchema.TIER.set("x"));
    CompletionException e = assertThrows(CompletionException.class, future::join);
    assertInstanceOf(ValidationException.class, e.getCause());
    assertEquals(before, writes());
  }

  @Test
  void rawUpdatesAndIncrementsAreSentUnchecked() {
    wallets.updateOne(byId(), Update.raw(new Document("$set", new Document("tier", "platinum"))));
    assertEquals(
        "platinum",
        wallets.findById(ada.id()).orElseThrow().tier(),
        "raw updates are not validated");
    wallets.updateOne(byId(), WalletSchema.BALANCE.inc(-25L));
    assertEquals(
        -15, wallets.findById(ada.id()).orElseThrow().balance(), "$inc amounts are not validated");
  }

  @Test
  void theSchemaToggleAndTheGlobalSettingTurnValidationOff() {
    LedgerModel ledgers = LedgerModel.on(conn);
    ledgers.deleteMany(Filter.empty());
    Ledger ledger = ledgers.create(new Ledger(null, 1));
    ledgers.updateOne(LedgerSchema.ID.eq(ledger.id()), LedgerSchema.AMOUNT.set(-1L));
    assertEquals(
        -1, ledgers.findById(ledger.id()).orElseThrow().amount(), "updateValidators = OFF");

    assertRejected(
        () -> wallets.updateOne(byId(), WalletSchema.BALANCE.set(-1L)),
        new ValidationError(
            "balance", "Path `balance` (-1) is less than minimum allowed value (0)."));
    meerkat.set(Setting.RUN_VALIDATORS, false);
    wallets.updateOne(byId(), WalletSchema.BALANCE.set(-1L));
    assertEquals(-1, wallets.findById(ada.id()).orElseThrow().balance(), "RUN_VALIDATORS = false");
    assertTrue((Boolean) Setting.RUN_VALIDATORS.defaultValue(), "on by default");
  }

  @Test
  void pathsExposeTheirValidation() {
    assertEquals(
        List.of(
            new ValidationError(
                "balance", "Path `balance` (-1) is less than minimum allowed value (0).")),
        WalletSchema.BALANCE.validate(-1L));
    assertEquals(List.of(), WalletSchema.BALANCE.validate(0L));
    assertEquals(List.of(), WalletSchema.ROLE.validate(null), "an optional enum may be null");
  }
}
