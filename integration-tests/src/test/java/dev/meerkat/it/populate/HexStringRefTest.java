package dev.meerkat.it.populate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.meerkat.Ref;
import java.util.List;
import org.bson.BsonObjectId;
import org.bson.BsonString;
import org.bson.BsonValue;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/**
 * A reference another tool stored as the target's ObjectId in hex ({@code "65f0a1..."}) populates
 * like one stored as an ObjectId: the ids populate looks up are cast to the target's {@code _id}
 * type, as Mongoose casts them. A string that is not 24 hex digits stays a string and finds nothing
 * among ObjectId ids. Through the real driver and server, with the finds the driver sent.
 */
class HexStringRefTest extends DeepPopulateFixture {

  private Article storedWithAuthor(String title, Object author) {
    articles
        .connection()
        .db()
        .getCollection("articles")
        .insertOne(new Document("title", title).append("author", author));
    return articles
        .find(ArticleSchema.TITLE.eq(title))
        .populate(ArticleSchema.AUTHOR)
        .list()
        .get(0);
  }

  @Test
  void aHexStringReferencePopulatesItsTarget() {
    Article article = storedWithAuthor("Hex", ada.toHexString());
    assertTrue(article.author().isPopulated(), "the hex string names Ada's ObjectId");
    assertEquals("Ada", name(article.author()));
    List<BsonValue> ids = lastInIds("members");
    assertEquals(List.of(new BsonObjectId(ada)), ids, "the find asks for the ObjectId");
  }

  @Test
  void upperCaseHexPopulatesToo() {
    Article article = storedWithAuthor("Upper", ada.toHexString().toUpperCase());
    assertEquals("Ada", name(article.author()));
  }

  @Test
  void aHexStringAndTheObjectIdAreOneIdInTheFind() {
    articles.connection().db().getCollection("articles").deleteMany(new Document());
    articles
        .connection()
        .db()
        .getCollection("articles")
        .insertMany(
            List.of(
                new Document("title", "A").append("author", ada.toHexString()),
                new Document("title", "B").append("author", ada)));
    List<Article> both = articles.find().populate(ArticleSchema.AUTHOR).list();
    assertEquals(2, both.size());
    assertEquals("Ada", name(both.get(0).author()));
    assertEquals("Ada", name(both.get(1).author()));
    assertEquals(List.of(new BsonObjectId(ada)), lastInIds("members"));
  }

  @Test
  void aStringThatIsNotAnObjectIdStaysAStringAndFindsNothing() {
    String notHex = ada.toHexString().substring(1); // 23 hex digits
    Article article = storedWithAuthor("Short", notHex);
    assertFalse(article.author().isPopulated());
    assertEquals(notHex, article.author().id(), "the reference keeps what was stored");
    assertEquals(List.of(new BsonString(notHex)), lastInIds("members"));
  }

  @Test
  void theReferenceKeepsTheStoredValueAfterPopulating() {
    Article article = storedWithAuthor("Kept", ada.toHexString());
    Ref<Member> author = article.author();
    assertEquals(ada.toHexString(), author.id(), "the id read is what was stored");
  }
}
