package dev.meerkat.processor;

import java.util.Set;
import javax.annotation.processing.RoundEnvironment;

/**
 * One annotation's share of the work: {@link MeerkatProcessor} runs every step each round, so a new
 * annotation ({@code @ConnectionConfig}) is a new step rather than a change to the others.
 */
interface ProcessingStep {

  /** The qualified names of the annotations this step handles. */
  Set<String> annotations();

  /**
   * Handles this round's annotated elements (and any retried from earlier rounds). Reports problems
   * through the Messager; never throws for a user's mistake.
   *
   * @param round the round
   */
  void process(RoundEnvironment round);
}
