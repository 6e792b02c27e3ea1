package io.credpath.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Reads a small JSON file (a policy, a settings file) into plain Java values, so that packages above the catalogue
 * need no JSON library: objects become {@code Map<String, Object>}, arrays {@code List}, numbers {@code Integer},
 * {@code Long} or {@code Double}, and the rest {@code String}, {@code Boolean} or {@code null}.
 */
public final class JsonFiles {
  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonFiles() {}

  /** A file that is not valid JSON, with the line where it stops making sense (0 when unknown). */
  public static final class MalformedJsonException extends RuntimeException {
    private final int line;

    MalformedJsonException(int line, String message) {
      super(message);
      this.line = line;
    }

    public int line() {
      return line;
    }
  }

  /** The JSON object in {@code file}; {@link MalformedJsonException} when it is not valid JSON or not an object. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> readObject(Path file) {
    try {
      Object value = JSON.readValue(file.toFile(), Object.class);
      if (!(value instanceof Map)) throw new MalformedJsonException(1, "must be a JSON object");
      return (Map<String, Object>) value;
    } catch (JsonProcessingException e) {
      throw new MalformedJsonException(e.getLocation() == null ? 0 : e.getLocation().getLineNr(), "not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
