package io.credpath.importing;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Writes a header line and records sorted by id, one compact JSON object per line. */
final class JsonlWriter {

  private final ObjectMapper json = new ObjectMapper()
      .disable(SerializationFeature.INDENT_OUTPUT)
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  /** Converts a record (or passes a node through) to a tree, so all records sort alike. */
  JsonNode tree(Object record) {
    return json.valueToTree(record);
  }

  /** Writes {@code {"source":...}} then the records sorted by "id"; returns the record count. */
  int write(Path file, JsonNode source, List<? extends JsonNode> records) {
    List<JsonNode> sorted = new ArrayList<>(records);
    sorted.sort(Comparator.comparing(n -> n.path("id").asText()));
    for (int i = 1; i < sorted.size(); i++) {
      String id = sorted.get(i).path("id").asText();
      if (id.equals(sorted.get(i - 1).path("id").asText())) {
        throw new IllegalStateException("duplicate id " + id + " in " + file);
      }
    }
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        out.write(json.writeValueAsString(json.createObjectNode().set("source", source)));
        out.write('\n');
        for (JsonNode n : sorted) {
          out.write(json.writeValueAsString(n));
          out.write('\n');
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
    return sorted.size();
  }
}
