package io.credpath.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.credpath.api.ApiJson;

/**
 * JSON output for the command line: the API's mapping ({@link ApiJson}) pretty-printed, so {@code --json} prints the
 * records in the shapes the API serves them.
 */
final class Json {
  private static final ObjectWriter WRITER = ApiJson.mapper().writerWithDefaultPrettyPrinter();

  private Json() {}

  static String write(Object value) {
    try {
      return WRITER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
    }
  }
}
