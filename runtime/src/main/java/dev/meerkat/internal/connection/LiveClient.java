package dev.meerkat.internal.connection;

import com.mongodb.client.MongoClient;

/**
 * The client of one opening of a {@link ConnectionState}, as an operation sees it when it is
 * dispatched.
 *
 * @param outage how many outages this opening had recovered from then: a network error of an
 *     operation dispatched before the latest recovery belongs to an outage already reported
 */
record LiveClient(
    MongoClient client, int generation, int opening, ClientFactory.Created created, int outage) {}
