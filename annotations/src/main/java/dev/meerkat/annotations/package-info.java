/**
 * The annotations that declare Meerkat schemas and models; the Meerkat annotation processor turns
 * them into code at build time. No dependencies.
 */
package dev.meerkat.annotations;
