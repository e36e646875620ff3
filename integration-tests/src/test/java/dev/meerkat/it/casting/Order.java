package dev.meerkat.it.casting;

import dev.meerkat.annotations.Id;
import dev.meerkat.annotations.Model;
import dev.meerkat.annotations.Schema;
import dev.meerkat.it.Address;
import java.util.List;
import org.bson.types.ObjectId;

/**
 * A document with subdocuments of every kind: with an id, with id = false, with extra fields, with
 * neither.
 */
@Schema
@Model("Order")
public record Order(
    @Id ObjectId id,
    String customer,
    List<LineItem> items,
    Parcel parcel,
    List<Note> notes,
    Address shipping,
    List<String> tags) {}
