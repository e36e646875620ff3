package dev.meerkat.benchmarks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.BsonReader;
import org.bson.BsonType;
import org.bson.BsonWriter;
import org.bson.codecs.Codec;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.EncoderContext;

/**
 * The baseline: the {@code Codec<Customer>} an expert would write by hand against the driver's
 * {@link BsonWriter}/{@link BsonReader} API. Writes every non-null field in declaration order;
 * reads names with {@code readName()} and a {@code switch}, skipping unknown fields. Enums are
 * stored by name and {@link Instant}s as BSON dates, as the driver's default codecs do.
 *
 * <p>Stateless and thread-safe.
 */
public final class HandWrittenCustomerCodec implements Codec<Customer> {

  @Override
  public void encode(BsonWriter writer, Customer value, EncoderContext context) {
    writer.writeStartDocument();
    if (value.getId() != null) {
      writer.writeObjectId("_id", value.getId());
    }
    writeString(writer, "name", value.getName());
    writeString(writer, "email", value.getEmail());
    writer.writeInt32("age", value.getAge());
    writer.writeDouble("balance", value.getBalance());
    writer.writeBoolean("active", value.isActive());
    if (value.getCreatedAt() != null) {
      writer.writeDateTime("createdAt", value.getCreatedAt().toEpochMilli());
    }
    if (value.getStatus() != null) {
      writer.writeString("status", value.getStatus().name());
    }
    if (value.getAddress() != null) {
      writer.writeName("address");
      encodeAddress(writer, value.getAddress());
    }
    if (value.getTags() != null) {
      writer.writeStartArray("tags");
      for (String tag : value.getTags()) {
        writer.writeString(tag);
      }
      writer.writeEndArray();
    }
    if (value.getCounters() != null) {
      writer.writeStartDocument("counters");
      for (Map.Entry<String, Integer> e : value.getCounters().entrySet()) {
        writer.writeInt32(e.getKey(), e.getValue());
      }
      writer.writeEndDocument();
    }
    writer.writeEndDocument();
  }

  private static void encodeAddress(BsonWriter writer, Address address) {
    writer.writeStartDocument();
    writeString(writer, "street", address.getStreet());
    writeString(writer, "city", address.getCity());
    writeString(writer, "zip", address.getZip());
    writer.writeEndDocument();
  }

  private static void writeString(BsonWriter writer, String name, String value) {
    if (value != null) {
      writer.writeString(name, value);
    }
  }

  @Override
  public Customer decode(BsonReader reader, DecoderContext context) {
    Customer c = new Customer();
    reader.readStartDocument();
    while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
      String name = reader.readName();
      if (reader.getCurrentBsonType() == BsonType.NULL) {
        reader.readNull();
        continue;
      }
      switch (name) {
        case "_id" -> c.setId(reader.readObjectId());
        case "name" -> c.setName(reader.readString());
        case "email" -> c.setEmail(reader.readString());
        case "age" -> c.setAge(reader.readInt32());
        case "balance" -> c.setBalance(reader.readDouble());
        case "active" -> c.setActive(reader.readBoolean());
        case "createdAt" -> c.setCreatedAt(Instant.ofEpochMilli(reader.readDateTime()));
        case "status" -> c.setStatus(Status.valueOf(reader.readString()));
        case "address" -> c.setAddress(decodeAddress(reader));
        case "tags" -> c.setTags(decodeTags(reader));
        case "counters" -> c.setCounters(decodeCounters(reader));
        default -> reader.skipValue();
      }
    }
    reader.readEndDocument();
    return c;
  }

  private static Address decodeAddress(BsonReader reader) {
    Address a = new Address();
    reader.readStartDocument();
    while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
      String name = reader.readName();
      if (reader.getCurrentBsonType() == BsonType.NULL) {
        reader.readNull();
        continue;
      }
      switch (name) {
        case "street" -> a.setStreet(reader.readString());
        case "city" -> a.setCity(reader.readString());
        case "zip" -> a.setZip(reader.readString());
        default -> reader.skipValue();
      }
    }
    reader.readEndDocument();
    return a;
  }

  private static List<String> decodeTags(BsonReader reader) {
    List<String> tags = new ArrayList<>();
    reader.readStartArray();
    while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
      tags.add(reader.readString());
    }
    reader.readEndArray();
    return tags;
  }

  private static Map<String, Integer> decodeCounters(BsonReader reader) {
    Map<String, Integer> counters = new LinkedHashMap<>();
    reader.readStartDocument();
    while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
      counters.put(reader.readName(), reader.readInt32());
    }
    reader.readEndDocument();
    return counters;
  }

  @Override
  public Class<Customer> getEncoderClass() {
    return Customer.class;
  }
}
