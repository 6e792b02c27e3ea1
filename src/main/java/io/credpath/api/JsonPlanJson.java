package io.credpath.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.credpath.advising.PlanJson;
import io.credpath.catalog.Education;
import io.credpath.planner.PlanRequest;
import io.credpath.planner.PlanResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Saved plans' JSON as the API serves it: the answer as {@code POST /api/v1/pathways} writes it, the request as a body
 * that endpoint reads (wire names for the objective and education, no tenant: the key says it), read back by the same
 * reader.
 */
final class JsonPlanJson implements PlanJson {
  private final ObjectMapper mapper;
  private final PlanRequestReader reader;

  JsonPlanJson(ObjectMapper mapper, PlanRequestReader reader) {
    this.mapper = mapper;
    this.reader = reader;
  }

  @Override
  public String request(PlanRequest request) {
    ObjectNode body = mapper.valueToTree(request);
    body.remove("tenant");
    ((ObjectNode) body.get("preferences")).put("objective", request.preferences().objective().wireName());
    ObjectNode profile = (ObjectNode) body.get("profile");
    if (request.profile().education().isPresent()) {
      profile.put("education", Education.WIRE.get(request.profile().education().getAsInt() - 1));
    } else {
      profile.remove("education");
    }
    return write(body);
  }

  @Override
  public String response(PlanResult result) {
    return write(result);
  }

  @Override
  public PlanRequest read(String request, Optional<String> tenant) {
    try {
      return reader.request(mapper.readTree(request), tenant);
    } catch (IOException e) {
      throw new UncheckedIOException("a saved plan's request is not JSON", e);
    }
  }

  private String write(Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("could not write a plan as JSON", e);
    }
  }
}
