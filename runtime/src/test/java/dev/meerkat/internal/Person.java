package dev.meerkat.internal;

import org.bson.types.ObjectId;

/** A test document type, mapped by the hand-written {@link PersonSchema}. */
record Person(ObjectId id, String name, int age) {}
