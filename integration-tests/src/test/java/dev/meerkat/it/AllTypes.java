package dev.meerkat.it;

import dev.meerkat.annotations.Id;
import dev.meerkat.annotations.Model;
import dev.meerkat.annotations.Required;
import dev.meerkat.annotations.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;

/**
 * Every supported field type, as a mutable class with accessors (the record form is {@link User}).
 */
@Schema
@Model
public class AllTypes {
  @Id private ObjectId id;
  @Required private boolean flag;
  @Required private byte b;
  @Required private short s;
  @Required private char c;
  @Required private int i;
  @Required private long l;
  @Required private float f;
  @Required private double d;
  private Boolean boxedFlag;
  private Integer boxedInt;
  private Long boxedLong;
  private Double boxedDouble;
  private String text;
  private ObjectId ref;
  private Instant instant;
  private Date date;
  private LocalDate localDate;
  private LocalDateTime localDateTime;
  private BigDecimal bigDecimal;
  private Decimal128 decimal128;
  private UUID uuid;
  private byte[] bytes;
  private Role role;
  private List<String> strings;
  private Set<Integer> numbers;
  private List<Role> roles;
  private List<Address> addresses;
  private Map<String, Double> scores;
  private Map<String, Address> places;
  private Address home;
  private Document extra;

  public AllTypes() {}

  public ObjectId getId() {
    return id;
  }

  public void setId(ObjectId id) {
    this.id = id;
  }

  public boolean isFlag() {
    return flag;
  }

  public void setFlag(boolean flag) {
    this.flag = flag;
  }

  public byte getB() {
    return b;
  }

  public void setB(byte b) {
    this.b = b;
  }

  public short getS() {
    return s;
  }

  public void setS(short s) {
    this.s = s;
  }

  public char getC() {
    return c;
  }

  public void setC(char c) {
    this.c = c;
  }

  public int getI() {
    return i;
  }

  public void setI(int i) {
    this.i = i;
  }

  public long getL() {
    return l;
  }

  public void setL(long l) {
    this.l = l;
  }

  public float getF() {
    return f;
  }

  public void setF(float f) {
    this.f = f;
  }

  public double getD() {
    return d;
  }

  public void setD(double d) {
    this.d = d;
  }

  public Boolean getBoxedFlag() {
    return boxedFlag;
  }

  public void setBoxedFlag(Boolean boxedFlag) {
    this.boxedFlag = boxedFlag;
  }

  public Integer getBoxedInt() {
    return boxedInt;
  }

  public void setBoxedInt(Integer boxedInt) {
    this.boxedInt = boxedInt;
  }

  public Long getBoxedLong() {
    return boxedLong;
  }

  public void setBoxedLong(Long boxedLong) {
    this.boxedLong = boxedLong;
  }

  public Double getBoxedDouble() {
    return boxedDouble;
  }

  public void setBoxedDouble(Double boxedDouble) {
    this.boxedDouble = boxedDouble;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public ObjectId getRef() {
    return ref;
  }

  public void setRef(ObjectId ref) {
    this.ref = ref;
  }

  public Instant getInstant() {
    return instant;
  }

  public void setInstant(Instant instant) {
    this.instant = instant;
  }

  public Date getDate() {
    return date;
  }

  public void setDate(Date date) {
    this.date = date;
  }

  public LocalDate getLocalDate() {
    return localDate;
  }

  public void setLocalDate(LocalDate localDate) {
    this.localDate = localDate;
  }

  public LocalDateTime getLocalDateTime() {
    return localDateTime;
  }

  public void setLocalDateTime(LocalDateTime localDateTime) {
    this.localDateTime = localDateTime;
  }

  public BigDecimal getBigDecimal() {
    return bigDecimal;
  }

  public void setBigDecimal(BigDecimal bigDecimal) {
    this.bigDecimal = bigDecimal;
  }

  public Decimal128 getDecimal128() {
    return decimal128;
  }

  public void setDecimal128(Decimal128 decimal128) {
    this.decimal128 = decimal128;
  }

  public UUID getUuid() {
    return uuid;
  }

  public void setUuid(UUID uuid) {
    this.uuid = uuid;
  }

  public byte[] getBytes() {
    return bytes;
  }

  public void setBytes(byte[] bytes) {
    this.bytes = bytes;
  }

  public Role getRole() {
    return role;
  }

  public void setRole(Role role) {
    this.role = role;
  }

  public List<String> getStrings() {
    return strings;
  }

  public void setStrings(List<String> strings) {
    this.strings = strings;
  }

  public Set<Integer> getNumbers() {
    return numbers;
  }

  public void setNumbers(Set<Integer> numbers) {
    this.numbers = numbers;
  }

  public List<Role> getRoles() {
    return roles;
  }

  public void setRoles(List<Role> roles) {
    this.roles = roles;
  }

  public List<Address> getAddresses() {
    return addresses;
  }

  public void setAddresses(List<Address> addresses) {
    this.addresses = addresses;
  }

  public Map<String, Double> getScores() {
    return scores;
  }

  public void setScores(Map<String, Double> scores) {
    this.scores = scores;
  }

  public Map<String, Address> getPlaces() {
    return places;
  }

  public void setPlaces(Map<String, Address> places) {
    this.places = places;
  }

  public Address getHome() {
    return home;
  }

  public void setHome(Address home) {
    this.home = home;
  }

  public Document getExtra() {
    return extra;
  }

  public void setExtra(Document extra) {
    this.extra = extra;
  }
}
