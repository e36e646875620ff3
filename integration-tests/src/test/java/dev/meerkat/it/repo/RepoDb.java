package dev.meerkat.it.repo;

import dev.meerkat.Connection;
import dev.meerkat.annotations.ConnectionConfig;

/** A connection factory that hands out generated repositories. */
@ConnectionConfig(uri = "mongodb://127.0.0.1:27017/repos")
public interface RepoDb extends AutoCloseable {
  AccountRepository accounts();

  PostRepository posts();

  Connection connection();

  @Override
  void close();
}
