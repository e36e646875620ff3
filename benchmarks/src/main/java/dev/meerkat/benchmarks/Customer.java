package dev.meerkat.benchmarks;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.bson.types.ObjectId;

/**
 * The benchmark entity: eleven fields including a nested object, a list, a map, an enum and an
 * {@link Instant}. One mutable bean serves every mapper compared (Meerkat's generated codec, the
 * hand-written codec, the driver's automatic {@code PojoCodecProvider} and Morphia), so each codec
 * builds the same objects. Meerkat and Morphia annotations are fully qualified: both libraries name
 * theirs {@code @Id}. {@code versionKey = false}: Morphia and the Pojo codec write no {@code __v}.
 *
 * <p>Stored as {@code {_id, name, email, age, balance, active, createdAt, status, address, tags,
 * counters}}. Not thread-safe.
 */
@dev.meerkat.annotations.Schema(collection = "customers", versionKey = false)
@dev.morphia.annotations.Entity(value = "customers", useDiscriminator = false)
public class Customer {
  @dev.meerkat.annotations.Id @dev.morphia.annotations.Id private ObjectId id;
  private String name;
  private String email;
  @dev.meerkat.annotations.Required private int age;
  @dev.meerkat.annotations.Required private double balance;
  @dev.meerkat.annotations.Required private boolean active;
  private Instant createdAt;
  private Status status;
  private Address address;
  private List<String> tags;
  private Map<String, Integer> counters;

  /** An empty customer, for mappers that instantiate then set. */
  public Customer() {}

  /** The {@code _id}. */
  public ObjectId getId() {
    return id;
  }

  /** Sets the {@code _id}. */
  public void setId(ObjectId id) {
    this.id = id;
  }

  /** The customer's full name. */
  public String getName() {
    return name;
  }

  /** Sets the full name. */
  public void setName(String name) {
    this.name = name;
  }

  /** The e-mail address. */
  public String getEmail() {
    return email;
  }

  /** Sets the e-mail address. */
  public void setEmail(String email) {
    this.email = email;
  }

  /** The age in years. */
  public int getAge() {
    return age;
  }

  /** Sets the age in years. */
  public void setAge(int age) {
    this.age = age;
  }

  /** The account balance. */
  public double getBalance() {
    return balance;
  }

  /** Sets the account balance. */
  public void setBalance(double balance) {
    this.balance = balance;
  }

  /** Whether the account is active. */
  public boolean isActive() {
    return active;
  }

  /** Sets whether the account is active. */
  public void setActive(boolean active) {
    this.active = active;
  }

  /** When the account was created (stored as a BSON date, so millisecond precision). */
  public Instant getCreatedAt() {
    return createdAt;
  }

  /** Sets the creation time. */
  public void setCreatedAt(Instant createdAt) {
    this.createdAt = createdAt;
  }

  /** The account status. */
  public Status getStatus() {
    return status;
  }

  /** Sets the account status. */
  public void setStatus(Status status) {
    this.status = status;
  }

  /** The postal address: a subdocument. */
  public Address getAddress() {
    return address;
  }

  /** Sets the postal address. */
  public void setAddress(Address address) {
    this.address = address;
  }

  /** Free-form tags: an array of strings. */
  public List<String> getTags() {
    return tags;
  }

  /** Sets the tags. */
  public void setTags(List<String> tags) {
    this.tags = tags;
  }

  /** Named counters: a subdocument of int32 values. */
  public Map<String, Integer> getCounters() {
    return counters;
  }

  /** Sets the counters. */
  public void setCounters(Map<String, Integer> counters) {
    this.counters = counters;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Customer c
        && age == c.age
        && Double.compare(balance, c.balance) == 0
        && active == c.active
        && Objects.equals(id, c.id)
        && Objects.equals(name, c.name)
        && Objects.equals(email, c.email)
        && Objects.equals(createdAt, c.createdAt)
        && status == c.status
        && Objects.equals(address, c.address)
        && Objects.equals(tags, c.tags)
        && Objects.equals(counters, c.counters);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        id, name, email, age, balance, active, createdAt, status, address, tags, counters);
  }

  @Override
  public String toString() {
    return "Customer{id="
        + id
        + ", name="
        + name
        + ", email="
        + email
        + ", age="
        + age
        + ", balance="
        + balance
        + ", active="
        + active
        + ", createdAt="
        + createdAt
        + ", status="
        + status
        + ", address="
        + address
        + ", tags="
        + tags
        + ", counters="
        + counters
        + "}";
  }
}
