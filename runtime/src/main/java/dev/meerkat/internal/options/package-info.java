/**
 * Connection options: URI parsing and redaction, option maps, database-name rules, and the
 * translation of options into the driver's {@code MongoClientSettings}. {@link
 * dev.meerkat.internal.options.OptionTable} describes each connection option once; everything else
 * about options is driven from it.
 *
 * <p>Not public API: it may change at any time.
 */
package dev.meerkat.internal.options;
