package dev.meerkat.benchmarks;

import dev.meerkat.CrudRepository;
import dev.meerkat.annotations.Repository;
import java.util.List;
import java.util.Optional;
import org.bson.types.ObjectId;

/** The generated repository the repository benchmark measures. */
@Repository
public interface CustomerRepository extends CrudRepository<Customer, ObjectId> {
  /** Several documents: an enum equality and a range, sorted. */
  List<Customer> findByStatusAndAgeGreaterThanOrderByAgeAsc(Status status, int age);

  /** One document by a unique value. */
  Optional<Customer> findByEmail(String email);
}
