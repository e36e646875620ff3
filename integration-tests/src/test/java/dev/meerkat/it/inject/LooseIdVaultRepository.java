package dev.meerkat.it.inject;

import dev.meerkat.CrudRepository;
import dev.meerkat.annotations.Repository;

/** A repository whose id parameters take any value, as user input might reach them. */
@Repository
public interface LooseIdVaultRepository extends CrudRepository<Vault, Object> {}
