package io.credpath.importing;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** A line of skills.jsonl. */
@JsonPropertyOrder({"id", "name", "aliases", "category", "parent", "uris"})
record SkillRecord(String id, String name, List<String> aliases, String category, String parent,
    List<String> uris) {
}
