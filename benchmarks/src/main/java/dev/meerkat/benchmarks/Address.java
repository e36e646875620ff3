package dev.meerkat.benchmarks;

import java.util.Objects;

/**
 * The nested object of the benchmark entity: a subdocument {@code {street, city, zip}}.
 *
 * <p>Mutable bean (no-arg constructor, getters and setters) so the same class serves every mapper.
 * Not thread-safe.
 */
@dev.meerkat.annotations.Schema(versionKey = false)
@dev.morphia.annotations.Entity(useDiscriminator = false)
public class Address {
  private String street;
  private String city;
  private String zip;

  /** An empty address, for mappers that instantiate then set. */
  public Address() {}

  /** An address with every field set. */
  public Address(String street, String city, String zip) {
    this.street = street;
    this.city = city;
    this.zip = zip;
  }

  /** The street line. */
  public String getStreet() {
    return street;
  }

  /** Sets the street line. */
  public void setStreet(String street) {
    this.street = street;
  }

  /** The city. */
  public String getCity() {
    return city;
  }

  /** Sets the city. */
  public void setCity(String city) {
    this.city = city;
  }

  /** The postal code. */
  public String getZip() {
    return zip;
  }

  /** Sets the postal code. */
  public void setZip(String zip) {
    this.zip = zip;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Address a
        && Objects.equals(street, a.street)
        && Objects.equals(city, a.city)
        && Objects.equals(zip, a.zip);
  }

  @Override
  public int hashCode() {
    return Objects.hash(street, city, zip);
  }

  @Override
  public String toString() {
    return "Address{street=" + street + ", city=" + city + ", zip=" + zip + "}";
  }
}
