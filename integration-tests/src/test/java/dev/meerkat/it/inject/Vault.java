package dev.meerkat.it.inject;

import dev.meerkat.Ref;
import dev.meerkat.annotations.Id;
import dev.meerkat.annotations.Model;
import dev.meerkat.annotations.Schema;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.types.ObjectId;

/** A document whose fields user input reaches: an owner, a map of labels and a free subdocument. */
@Schema
@Model
public record Vault(
    @Id ObjectId id,
    String owner,
    Map<String, String> labels,
    Document extra,
    List<Document> notes,
    Ref<Safe> keeper) {}
