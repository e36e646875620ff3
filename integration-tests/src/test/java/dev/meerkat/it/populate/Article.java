package dev.meerkat.it.populate;

import dev.meerkat.Ref;
import dev.meerkat.annotations.Id;
import dev.meerkat.annotations.Schema;
import java.util.List;
import org.bson.types.ObjectId;

/** References at the top level and inside subdocuments: {@code replies[].by}, {@code review}. */
@Schema(collection = "articles")
public record Article(
    @Id ObjectId id, String title, Ref<Member> author, List<Reply> replies, Review review) {}
