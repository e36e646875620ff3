package dev.meerkat.it.populate;

import dev.meerkat.Ref;
import dev.meerkat.annotations.Id;
import dev.meerkat.annotations.Schema;
import org.bson.types.ObjectId;

/** Led by a member, who belongs to the team: a cycle across two collections. */
@Schema(collection = "teams")
public record Team(@Id ObjectId id, String name, Ref<Member> lead) {}
