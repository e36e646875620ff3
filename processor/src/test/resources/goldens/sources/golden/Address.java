package golden;

import dev.meerkat.annotations.Field;
import dev.meerkat.annotations.Schema;

/** A subdocument of {@link Order}. */
@Schema
public record Address(String street, String city, @Field("zip") String postcode) {}
