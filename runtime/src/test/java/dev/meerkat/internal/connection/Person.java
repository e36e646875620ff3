package dev.meerkat.internal.connection;

import org.bson.types.ObjectId;

/** A test document type, mapped by the hand-written {@link PersonSchema}. */
public record Person(ObjectId id, String name, int age) {}
