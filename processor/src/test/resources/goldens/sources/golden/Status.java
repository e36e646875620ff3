package golden;

/** An enum field of {@link Order}, stored by name. */
public enum Status {
  NEW,
  PAID,
  SHIPPED
}
