package io.credpath.advising;

import io.credpath.planner.PlanRequest;
import io.credpath.planner.PlanResult;
import java.util.Optional;

/**
 * How a plan's request and answer are written as the API serves them, and a stored request read back (the API answers
 * it with its own JSON mapping and request reader, so a saved plan holds exactly what the learner was told).
 */
public interface PlanJson {

  /** The request as a {@code POST /api/v1/pathways} body. */
  String request(PlanRequest request);

  /** The answer as {@code POST /api/v1/pathways} serves it. */
  String response(PlanResult result);

  /** A request written by {@link #request(PlanRequest)}, read back for {@code tenant}. */
  PlanRequest read(String request, Optional<String> tenant);
}
