/**
 * Spring Boot auto-configuration for Meerkat: {@link
 * dev.meerkat.spring.boot.MeerkatAutoConfiguration} (the {@code Connection} bean and the
 * {@code @ConnectionConfig} beans), {@link dev.meerkat.spring.boot.MeerkatHealthAutoConfiguration}
 * and {@link dev.meerkat.spring.boot.MeerkatMetricsAutoConfiguration}, configured by {@link
 * dev.meerkat.spring.boot.MeerkatProperties}.
 */
package dev.meerkat.spring.boot;
