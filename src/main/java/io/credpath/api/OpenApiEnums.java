package io.credpath.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/**
 * The enums of the OpenAPI document in their wire names: the annotation processor lists an enum's constant names
 * ({@code MICRO_CREDENTIAL}), while the server reads and writes what {@link ApiJson} writes, each constant's
 * {@code toString()} ({@code micro-credential}). Each enum component the document holds is named here by its schema name.
 */
final class OpenApiEnums {
  /** The document's enum components, by schema name. */
  static final Map<String, Class<? extends Enum<?>>> COMPONENTS = Map.of(
      "Role", io.credpath.advising.Role.class,
      "StepStatus", io.credpath.advising.StepStatus.class,
      "JobState", io.credpath.advising.JobState.class,
      "Basis", io.credpath.catalog.Basis.class,
      "CredentialType", io.credpath.catalog.CredentialType.class,
      "Delivery", io.credpath.catalog.Delivery.class,
      "Kind", io.credpath.search.Completion.Kind.class);

  private OpenApiEnums() {}

  /**
   * {@code document} with each named enum component's values in wire names, as text; an enum component this class does
   * not name is left as it is (OpenApiDocumentTest fails on it).
   */
  static String inWireNames(ObjectNode document) {
    JsonNode schemas = document.path("components").path("schemas");
    for (Iterator<Map.Entry<String, JsonNode>> it = schemas.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      Class<? extends Enum<?>> type = COMPONENTS.get(e.getKey());
      if (type == null || !(e.getValue().path("enum") instanceof ArrayNode values)) continue;
      values.removeAll();
      for (Enum<?> constant : type.getEnumConstants()) values.add(constant.toString());
    }
    return document.toPrettyString();
  }
}
