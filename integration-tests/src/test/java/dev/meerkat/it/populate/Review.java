package dev.meerkat.it.populate;

import dev.meerkat.Ref;
import dev.meerkat.annotations.Schema;
import java.util.List;

/** A single embedded subdocument with a reference and a list of subdocuments in turn. */
@Schema
public record Review(Ref<Member> reviewer, List<Reply> notes) {}
