/**
 * Micrometer meters for Meerkat connections: {@link dev.meerkat.micrometer.MeerkatMetrics}. Needs
 * {@code micrometer-core} and {@code meerkat-runtime}; works with or without Spring.
 */
package dev.meerkat.micrometer;
