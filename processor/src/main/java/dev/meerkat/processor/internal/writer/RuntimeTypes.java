package dev.meerkat.processor.internal.writer;

import com.palantir.javapoet.ClassName;

/** The runtime and driver classes generated code refers to. */
final class RuntimeTypes {
  private RuntimeTypes() {}

  static final ClassName SCHEMA = ClassName.get("dev.meerkat", "Schema");
  static final ClassName SCHEMA_OPTIONS = ClassName.get("dev.meerkat", "SchemaOptions");
  static final ClassName COLLATION_SPEC = SCHEMA_OPTIONS.nestedClass("CollationSpec");
  static final ClassName SCHEMA_FIELD = ClassName.get("dev.meerkat", "SchemaField");
  static final ClassName INDEX_SPEC = ClassName.get("dev.meerkat", "IndexSpec");
  static final ClassName INDEX_KEY = INDEX_SPEC.nestedClass("Key");
  static final ClassName VALIDATION_ERROR = ClassName.get("dev.meerkat", "ValidationError");
  static final ClassName FIELD_PATH = ClassName.get("dev.meerkat", "FieldPath");
  static final ClassName NUMBER_PATH = ClassName.get("dev.meerkat", "NumberPath");
  static final ClassName STRING_PATH = ClassName.get("dev.meerkat", "StringPath");
  static final ClassName COLLECTION_PATH = ClassName.get("dev.meerkat", "CollectionPath");
  static final ClassName MAP_PATH = ClassName.get("dev.meerkat", "MapPath");
  static final ClassName DOCUMENT_PATH = ClassName.get("dev.meerkat", "DocumentPath");
  static final ClassName FIELD_VALIDATOR = ClassName.get("dev.meerkat", "FieldValidator");
  static final ClassName TYPED_MODEL = ClassName.get("dev.meerkat", "TypedModel");
  static final ClassName MODEL = ClassName.get("dev.meerkat", "Model");
  static final ClassName CONNECTION = ClassName.get("dev.meerkat", "Connection");
  static final ClassName MEERKAT = ClassName.get("dev.meerkat", "Meerkat");
  static final ClassName MEERKAT_INSTANCE = ClassName.get("dev.meerkat", "MeerkatInstance");
  static final ClassName CONNECTION_OPTIONS = ClassName.get("dev.meerkat", "ConnectionOptions");

  static final ClassName BSON_VALUES =
      ClassName.get("dev.meerkat.internal.generated", "BsonValues");
  static final ClassName VALIDATION = ClassName.get("dev.meerkat.internal.generated", "Validation");
  static final ClassName DOCUMENTS = ClassName.get("dev.meerkat.internal.generated", "Documents");
  static final ClassName RAW_BSON = ClassName.get("dev.meerkat.internal.generated", "RawBson");
  static final ClassName READER_VALUES =
      ClassName.get("dev.meerkat.internal.generated", "ReaderValues");
  static final ClassName MAP_KEYS = ClassName.get("dev.meerkat.internal.generated", "MapKeys");
  static final ClassName CAST_FAILURE =
      ClassName.get("dev.meerkat.internal.generated", "CastFailure");
  static final ClassName DECODING = ClassName.get("dev.meerkat.internal.generated", "Decoding");
  static final ClassName ABSENT_ARRAYS =
      ClassName.get("dev.meerkat.internal.generated", "AbsentArrays");
  static final ClassName EMBEDDED_ENCODER =
      ClassName.get("dev.meerkat.internal.generated", "EmbeddedEncoder");
  static final ClassName FIELD_NAMES =
      ClassName.get("dev.meerkat.internal.generated", "FieldNames");
  static final ClassName ENUM_NAMES = ClassName.get("dev.meerkat.internal.generated", "EnumNames");
  static final ClassName PLACEHOLDERS =
      ClassName.get("dev.meerkat.internal.generated", "Placeholders");
  static final ClassName REFS = ClassName.get("dev.meerkat.internal.generated", "Refs");
  static final ClassName SCHEMAS = ClassName.get("dev.meerkat.internal.generated", "Schemas");
  static final ClassName REF = ClassName.get("dev.meerkat", "Ref");
  static final ClassName REF_PATH = ClassName.get("dev.meerkat", "RefPath");
  static final ClassName CONNECTION_FACTORIES =
      ClassName.get("dev.meerkat.internal.generated", "ConnectionFactories");
  static final ClassName BSON_BINARY_READER = ClassName.get("org.bson", "BsonBinaryReader");
  static final ClassName BSON_INPUT = ClassName.get("org.bson.io", "BsonInput");

  static final ClassName CODEC = ClassName.get("org.bson.codecs", "Codec");
  static final ClassName ENCODER_CONTEXT = ClassName.get("org.bson.codecs", "EncoderContext");
  static final ClassName DECODER_CONTEXT = ClassName.get("org.bson.codecs", "DecoderContext");
  static final ClassName BSON_WRITER = ClassName.get("org.bson", "BsonWriter");
  static final ClassName BSON_READER = ClassName.get("org.bson", "BsonReader");
  static final ClassName BSON_TYPE = ClassName.get("org.bson", "BsonType");
  static final ClassName BSON_BINARY = ClassName.get("org.bson", "BsonBinary");
  static final ClassName DECIMAL128 = ClassName.get("org.bson.types", "Decimal128");
  static final ClassName OBJECT_ID = ClassName.get("org.bson.types", "ObjectId");
  static final ClassName DOCUMENT = ClassName.get("org.bson", "Document");

  static final ClassName INSTANT = ClassName.get("java.time", "Instant");
  static final ClassName DATE = ClassName.get("java.util", "Date");
  static final ClassName ZONE_OFFSET = ClassName.get("java.time", "ZoneOffset");
  static final ClassName UUID = ClassName.get("java.util", "UUID");
  static final ClassName LIST = ClassName.get("java.util", "List");
  static final ClassName ARRAY_LIST = ClassName.get("java.util", "ArrayList");
  static final ClassName SET = ClassName.get("java.util", "Set");
  static final ClassName MAP = ClassName.get("java.util", "Map");
  static final ClassName LINKED_HASH_MAP = ClassName.get("java.util", "LinkedHashMap");
  static final ClassName OPTIONAL = ClassName.get("java.util", "Optional");
  static final ClassName OBJECTS = ClassName.get("java.util", "Objects");
  static final ClassName PATTERN = ClassName.get("java.util.regex", "Pattern");
  static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
  static final String PROCESSOR = "dev.meerkat.processor.MeerkatProcessor";
}
