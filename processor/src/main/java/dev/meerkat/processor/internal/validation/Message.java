package dev.meerkat.processor.internal.validation;

import java.util.Locale;

/**
 * Every message the processor reports, each with a stable id users can search for. Worded as the
 * rule, then what was found, then the fix.
 */
public enum Message {
  TYPE_KIND(
      "MeerkatTypeKind",
      "@Schema applies to records, concrete classes, and sealed interfaces or abstract classes (a hierarchy"
          + " stored in one collection); %s is %s. Declare it as a record or as a class with a no-arg"
          + " constructor, or make it sealed."),
  INNER_CLASS(
      "MeerkatInnerClass",
      "@Schema types must be top-level or static; %s is an inner (non-static) class. Add the static modifier."),
  PRIVATE_TYPE(
      "MeerkatPrivateType",
      "@Schema types must be visible to the generated schema in the same package; %s is private. Make it"
          + " package-private or public."),
  GENERIC_TYPE(
      "MeerkatGenericType",
      "@Schema types cannot have type parameters; %s declares %s. Map a concrete type instead."),
  NO_CONSTRUCTOR(
      "MeerkatNoConstructor",
      "@Schema classes need a non-private no-arg constructor so documents can be decoded; %s has none. Add"
          + " one, or make %s a record."),
  NO_ACCESSOR(
      "MeerkatNoAccessor",
      "Generated code must read and write every mapped field; field %s of %s has no %s. Add %s, make the"
          + " field non-private%s, or mark it @Transient."),
  UNSUPPORTED_TYPE(
      "MeerkatUnsupportedType",
      "Meerkat cannot store field %s of %s: type %s is not supported.%s Use a supported type or mark the"
          + " field @Transient."),
  MISSING_TYPE(
      "MeerkatMissingType",
      "Field %s of %s has type %s, which does not exist, even after every annotation processor ran. Fix the"
          + " type name or its import."),
  ID_COUNT("MeerkatIdCount", "@Schema type %s declares %d @Id fields (%s); keep exactly one."),
  DUPLICATE_KEY(
      "MeerkatDuplicateKey",
      "Each field needs its own stored key; fields %s and %s of %s are both stored as \"%s\". Give one of"
          + " them another key with @Field(\"...\")."),
  INVALID_KEY(
      "MeerkatInvalidKey",
      "Stored keys must be non-empty, contain no '.' and not start with '$'; field %s of %s is stored as"
          + " \"%s\". Choose another key with @Field(\"...\")."),
  RESERVED_KEY(
      "MeerkatReservedKey",
      "Key \"%s\" is reserved for %s; field %s of %s is stored under it. Choose another key with"
          + " @Field(\"...\")."),
  CAPPED_SIZE(
      "MeerkatCappedSize",
      "@Capped needs a size in bytes > 0 when capped, and no negative values; %s declares size = %d, max ="
          + " %d. Set size to the collection's maximum size in bytes (or leave both 0 for no cap)."),
  CAPPED_BUFFER(
      "MeerkatCappedBuffer",
      "A capped schema with bufferCommands = OFF must also turn autoCreate off, or the first operation can"
          + " create the collection uncapped (see Mongoose's docs on capped collections); %s has autoCreate"
          + " = %s. Set autoCreate = Toggle.OFF and call createCollection() yourself before using the model."),
  TTL_TYPE(
      "MeerkatTtlType",
      "@Indexed(expireAfterSeconds) only works on date fields (Instant, Date, LocalDate, LocalDateTime);"
          + " field %s of %s has type %s. Put the TTL on a date field or remove expireAfterSeconds."),
  INDEX_ORDER(
      "MeerkatIndexOrder",
      "@Indexed(order) must be 1 or -1; field %s of %s declares %d. Use 1 for ascending or -1 for"
          + " descending."),
  INDEX_KEY(
      "MeerkatIndexKey",
      "@Index keys are \"field\" or \"field:direction\" with a mapped field and a direction of 1, -1, text,"
          + " hashed, 2d or 2dsphere; key \"%s\" on %s %s. Fix the key."),
  MODEL_WITHOUT_SCHEMA(
      "MeerkatModelWithoutSchema",
      "@Model needs @Schema on the same type; %s has @Model only. Add @Schema."),
  MODEL_WITHOUT_ID(
      "MeerkatModelWithoutId",
      "@Model types need an id for findById, save and replaceOne; %s has no @Id field and no field named"
          + " id. Add one, e.g. @Id ObjectId id."),
  DUPLICATE_MODEL_NAME(
      "MeerkatDuplicateModelName",
      "Model names must be unique in one build; %s and %s are both named \"%s\". Give one of them another"
          + " name with @Model(\"...\")."),
  VALIDATOR_TYPE(
      "MeerkatValidatorType",
      "@%s applies to %s fields; field %s of %s has type %s. Remove @%s or change the field's type."),
  INVALID_REGEX(
      "MeerkatInvalidRegex",
      "@Match needs a valid regular expression; field %s of %s has \"%s\", which fails with: %s. Fix the"
          + " expression."),
  TIMESTAMPS_FIELDS(
      "MeerkatTimestampsFields",
      "@Schema(timestamps = true) needs fields createdAt and updatedAt of type Instant or Date; %s %s. Add"
          + " them, e.g. Instant createdAt, Instant updatedAt."),
  VERSION_TYPE(
      "MeerkatVersionType",
      "@Version holds the version key, a count stored as __v; field %s of %s has type %s. Declare it as int or"
          + " long."),
  VERSION_COUNT(
      "MeerkatVersionCount",
      "A schema has one version key; %s declares %d @Version fields (%s). Keep exactly one."),
  VERSION_KEY_OFF(
      "MeerkatVersionKeyOff",
      "@Version stores field %s of %s as the version key __v, but %s has @Schema(versionKey = false). Remove"
          + " versionKey = false, or remove @Version."),
  VERSION_PLACEMENT(
      "MeerkatVersionPlacement",
      "A @Version field is stored under the version key __v only; field %s of %s also has %s. Remove %s."),
  STRICT_EXTRA_FIELDS(
      "MeerkatStrictExtraFields",
      "@Schema(strict = false) keeps unknown keys in an @ExtraFields field; %s has none. Add @ExtraFields"
          + " Document extra (or Map<String, Object>), or set strict = true."),
  EXTRA_FIELDS(
      "MeerkatExtraFields",
      "@ExtraFields goes on one field of type org.bson.Document or Map<String, Object>; %s. Fix the field or"
          + " remove the annotation."),
  DISCRIMINATOR_SUBTYPE(
      "MeerkatDiscriminatorSubtype",
      "Every type a sealed @Schema type permits is stored in its collection and needs its own @Schema; %s"
          + " permits %s, which is not a @Schema record or class. Annotate %s with @Schema, or remove it from"
          + " the permits clause."),
  DUPLICATE_DISCRIMINATOR(
      "MeerkatDuplicateDiscriminator",
      "Each subtype of a sealed @Schema type needs its own discriminator value; %s and %s of %s both store"
          + " %s = \"%s\". Give one of them another value with @DiscriminatorValue(\"...\")."),
  DISCRIMINATOR_KEY(
      "MeerkatDiscriminatorKey",
      "@DiscriminatorKey must be a stored key: non-empty, without '.', not starting with '$', and not _id or"
          + " __v; %s declares \"%s\". Choose another key, or remove the annotation to use __t."),
  DISCRIMINATOR_VALUE(
      "MeerkatDiscriminatorValue",
      "@DiscriminatorValue must not be empty; %s declares \"\". Give it a value, or remove the annotation to"
          + " store the model name."),
  DISCRIMINATOR_PLACEMENT("MeerkatDiscriminatorPlacement", "@%s applies to %s; %s is not one. %s"),
  SUBTYPE_COLLECTION(
      "MeerkatSubtypeCollection",
      "A subtype of a sealed @Schema type is stored in its base's collection; %s declares collection = \"%s\","
          + " but %s is stored in \"%s\". Remove the collection from %s, or set it on %s."),
  INTERNAL_ERROR(
      "MeerkatInternalError",
      "Internal error in the Meerkat processor while processing %s; please report it with this trace: %s"),
  CONFIG_KIND(
      "MeerkatConfigKind",
      "@ConnectionConfig applies to interfaces, whose methods the generated factory implements; %s is %s."
          + " Declare it as an interface."),
  CONFIG_PRIVATE(
      "MeerkatConfigPrivate",
      "@ConnectionConfig interfaces must be visible to the generated factory in the same package; %s is"
          + " private. Make it package-private or public."),
  CONFIG_GENERIC_TYPE(
      "MeerkatConfigGenericType",
      "@ConnectionConfig interfaces cannot have type parameters, since the factory implements one concrete"
          + " interface; %s declares <%s>. Remove them."),
  CONFIG_RETURN(
      "MeerkatConfigReturn",
      "@ConnectionConfig methods return a generated model (XModel, generated for a @Model type X) or"
          + " dev.meerkat.Connection; %s.%s() returns %s. %s"),
  CONFIG_PARAMETERS(
      "MeerkatConfigParameters",
      "@ConnectionConfig methods take no parameters, since the generated implementation has nothing to pass;"
          + " %s.%s declares %s. Remove the parameters, or make it a default method."),
  CONFIG_GENERIC_METHOD(
      "MeerkatConfigGenericMethod",
      "@ConnectionConfig methods cannot have type parameters; %s.%s declares <%s>. Remove them and return a"
          + " generated model."),
  CONFIG_MISSING_TYPE(
      "MeerkatConfigMissingType",
      "%s.%s() returns %s, which does not exist, even after every annotation processor ran. Fix the type"
          + " name or its import; a model is generated only for a @Schema @Model type without errors."),
  CONFIG_URI(
      "MeerkatConfigUri",
      "@ConnectionConfig(uri) must start with mongodb:// or mongodb+srv:// (or with a ${NAME} placeholder"
          + " that supplies it at run time); %s declares a URI %s. Fix the scheme, e.g."
          + " mongodb://127.0.0.1:27017/app."),
  CONFIG_PLACEHOLDER(
      "MeerkatConfigPlaceholder",
      "@ConnectionConfig(uri) placeholders are written ${NAME} or ${NAME:default}; %s declares a URI with"
          + " %s at index %d. Fix the placeholder."),
  CONFIG_OPTION(
      "MeerkatConfigOption",
      "@ConnectionConfig(%s) must be -1 (not set) or at least %d; %s declares %d. Set it to %d or more, or"
          + " to -1 to leave it to the URI and the driver's default."),
  CONFIG_POOL_SIZES(
      "MeerkatConfigPoolSizes",
      "@ConnectionConfig(minPoolSize) must not exceed maxPoolSize; %s declares minPoolSize = %d and"
          + " maxPoolSize = %d. Lower minPoolSize or raise maxPoolSize."),
  PRIMITIVE_ABSENT(
      "MeerkatPrimitiveAbsent",
      "A primitive field cannot tell a missing key from %s: field %s of %s is a %s, so a stored document"
          + " without \"%s\" reads as %s and a save writes %s back. Declare it as %s to keep a missing key"
          + " missing, or mark it @Required if every document has it."),
  CONFIG_DB_NAME(
      "MeerkatConfigDbName",
      "@ConnectionConfig(dbName) must be a MongoDB database name: at most 63 bytes, without /\\. \"$*<>:|?"
          + " or NUL; %s declares \"%s\". Choose another name, or leave it empty for the URI's database."),
  REF_WITHOUT_ID(
      "MeerkatRefWithoutId",
      "A Ref is stored as the _id of the document it points to, so its type needs an id; field %s of %s is a"
          + " reference to %s, which has no @Id field and no field named id. Add one to %s, e.g. @Id ObjectId id."),
  REPOSITORY_TYPE(
      "MeerkatRepositoryType",
      "@Repository applies to interfaces extending dev.meerkat.CrudRepository<T, ID> with T a @Schema type; %s %s."
          + " %s"),
  QUERY_METHOD_NAME(
      "MeerkatQueryMethodName",
      "A repository method without @Query is derived from its name: find|read|get|query|search|stream|count|exists|"
          + "delete|remove, optionally First/Top<N>/Distinct, then By and the properties; %s.%s %s. Rename it or"
          + " add @Query."),
  UNKNOWN_PROPERTY(
      "MeerkatUnknownProperty",
      "A derived query names fields of its schema; %s.%s names \"%s\", but %s has no field %s. %s"),
  PARAMETER_COUNT(
      "MeerkatParameterCount",
      "A derived query takes one parameter per value its predicates compare with, in order (%s); %s.%s declares"
          + " %d. Declare %d, or change the method name."),
  PARAMETER_TYPE(
      "MeerkatParameterType",
      "%s compares %s with %s; parameter %s of %s.%s has type %s. Declare it as %s."),
  KEYWORD_TYPE(
      "MeerkatKeywordType",
      "%s applies to %s; %s.%s uses it on %s, of type %s. Use another keyword or property."),
  REPOSITORY_RETURN("MeerkatRepositoryReturn", "%s; %s.%s returns %s. %s"),
  REPOSITORY_TOP_AND_PAGE(
      "MeerkatRepositoryTopAndPage",
      "Top<N>, First and Distinct are not combined with a Pageable (a page would ignore them); %s.%s has %s and"
          + " Pageable parameter %s. Page with the Pageable alone, or drop it."),
  REPOSITORY_LIMIT(
      "MeerkatRepositoryLimit",
      "First, Top<N>, Distinct, a Pageable and a Sort shape what a find method returns; %s.%s is a %s method,"
          + " which %s, so its %s would be ignored. %s"),
  QUERY_JSON(
      "MeerkatQueryJson",
      "@Query(%s) must be a JSON document (single quotes, unquoted keys, and ?0 or :name for parameters are"
          + " allowed); %s.%s has an error at offset %d: %s. Fix the JSON."),
  QUERY_FIELD(
      "MeerkatQueryField", "@Query(%s) names stored keys of %s; %s.%s names \"%s\", which %s. %s"),
  QUERY_PARAMETER(
      "MeerkatQueryParameter",
      "@Query placeholders name the method's value parameters (%s); %s.%s uses %s. Fix the placeholder."),
  POPULATE_PATH(
      "MeerkatPopulatePath",
      "@Populate paths name Ref fields (Ref<T> or List<Ref<T>>), dotted to populate the documents found in turn;"
          + " %s.%s names \"%s\": %s. Fix the path."),
  POPULATE_NOT_REF(
      "MeerkatPopulateNotRef",
      "A @Populate path ends at a Ref field (Ref<T> or List<Ref<T>>), directly or inside subdocuments;"
          + " %s.%s names \"%s\", but %s. %s"),
  POPULATE_TOO_DEEP(
      "MeerkatPopulateTooDeep",
      "A @Populate path goes only as deep as its types hold references; %s.%s names \"%s\", but %s. %s"),
  PROJECTION_KIND(
      "MeerkatProjectionKind",
      "@Projection applies to records whose value is a @Schema type; %s %s. %s"),
  PROJECTION_COMPONENT(
      "MeerkatProjectionComponent",
      "Each component of a @Projection record reads the field of %s with its name; component %s of %s names no"
          + " field. %s"),
  PROJECTION_COMPONENT_TYPE(
      "MeerkatProjectionComponentType",
      "A @Projection component has the type of the field it reads; component %s of %s has type %s, but field %s"
          + " of %s has type %s. Declare it as %s%s.");

  private final String id;
  private final String template;

  Message(String id, String template) {
    this.id = id;
    this.template = template;
  }

  /** The stable id, {@code MeerkatIdCount}. */
  public String id() {
    return id;
  }

  /**
   * The full text: {@code [MeerkatIdCount] @Schema type Order declares 2 @Id fields (id, orderId);
   * ...}.
   */
  public String format(Object... args) {
    return "[" + id + "] " + String.format(Locale.ROOT, template, args);
  }
}
