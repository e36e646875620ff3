package dev.meerkat.it.repo;

import dev.meerkat.Ref;
import dev.meerkat.annotations.Id;
import dev.meerkat.annotations.Schema;
import java.util.List;
import org.bson.types.ObjectId;

/** A document with a single reference and a list of references. */
@Schema(collection = "posts")
public record Post(@Id ObjectId id, String title, Ref<Author> author, List<Ref<Author>> readers) {}
