package dev.meerkat.it.casting;

import dev.meerkat.annotations.ExtraFields;
import dev.meerkat.annotations.Schema;
import org.bson.Document;

/**
 * A subdocument with no id field that keeps what it does not map, its stored {@code _id} included.
 */
@Schema(strict = false)
public record Note(String text, @ExtraFields Document others) {}
