package dev.meerkat.it.populate;

import dev.meerkat.Ref;
import dev.meerkat.annotations.Id;
import dev.meerkat.annotations.Schema;
import java.util.List;
import org.bson.types.ObjectId;

/** Refers to members (itself, in cycles) and to a team. */
@Schema(collection = "members")
public record Member(
    @Id ObjectId id, String name, List<Ref<Member>> friends, Ref<Member> mentor, Ref<Team> team) {

  /** A member without references. */
  public static Member named(String name) {
    return new Member(null, name, List.of(), null, null);
  }
}
