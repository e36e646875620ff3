package dev.meerkat.it.populate;

import dev.meerkat.Ref;
import dev.meerkat.annotations.Field;
import dev.meerkat.annotations.Schema;
import java.util.List;

/** An embedded subdocument (no id) holding references. */
@Schema
public record Reply(String text, @Field("by") Ref<Member> author, List<Ref<Member>> likes) {}
