package dev.meerkat.processor.internal.descriptor;

import com.palantir.javapoet.ClassName;

/**
 * The names of generated classes: {@code UserSchema}, {@code UserModel}; nested types join with
 * {@code _}.
 */
public final class SchemaNames {
  private SchemaNames() {}

  /** {@code a.User -> a.UserSchema}; {@code a.Outer.Inner -> a.Outer_InnerSchema}. */
  public static ClassName schemaOf(ClassName type) {
    return ClassName.get(type.packageName(), flatName(type) + "Schema");
  }

  /** {@code a.User -> a.UserModel}. */
  public static ClassName modelOf(ClassName type) {
    return ClassName.get(type.packageName(), flatName(type) + "Model");
  }

  private static String flatName(ClassName type) {
    return String.join("_", type.simpleNames());
  }
}
