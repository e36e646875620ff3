package dev.meerkat.interop;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class that shares its {@code @MongoTest} server with real Mongoose: declare a {@link
 * MongoosePeer} parameter. Every test in the class is skipped, with the reason, where node or npm
 * is missing.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(MongoosePeerExtension.class)
@interface MongooseInterop {}
