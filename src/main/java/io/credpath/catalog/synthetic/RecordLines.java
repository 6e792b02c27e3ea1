package io.credpath.catalog.synthetic;

import com.fasterxml.jackson.core.JsonGenerator;
import io.credpath.catalog.Condition;
import io.credpath.catalog.CostItem;
import io.credpath.catalog.Credential;
import io.credpath.catalog.Stack;
import io.credpath.catalog.TaughtSkill;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Writes a credential or a stack as one line of {@code credentials.jsonl} or {@code stacks.jsonl}, with the fields in
 * the order the shipped files have them and nothing that varies between runs (no maps iterated in hash order).
 */
final class RecordLines {
  private final JsonGenerator json;

  RecordLines(JsonGenerator json) {
    this.json = json;
  }

  void credential(Credential c) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", c.id());
    json.writeStringField("title", c.title());
    json.writeStringField("type", c.type().wireName());
    json.writeStringField("provider", c.provider());
    json.writeStringField("url", c.url());
    json.writeStringField("description", c.description());
    json.writeObjectFieldStart("cost");
    json.writeStringField("currency", c.cost().currency());
    json.writeArrayFieldStart("items");
    for (CostItem i : c.cost().items()) {
      json.writeStartObject();
      json.writeStringField("kind", i.kind());
      json.writeNumberField("amount", i.amount());
      json.writeEndObject();
    }
    json.writeEndArray();
    if (!c.cost().known()) json.writeBooleanField("known", false);
    json.writeEndObject();
    if (!c.costIncludes().isEmpty()) json.writeStringField("costIncludes", c.costIncludes());
    json.writeNumberField("hours", c.hours());
    json.writeNumberField("minWeeks", c.minWeeks());
    json.writeNumberField("maxWeeks", c.maxWeeks());
    json.writeStringField("delivery", c.delivery().wireName());
    json.writeStringField("language", c.language());
    json.writeNumberField("level", c.level());
    if (c.rating().isPresent()) json.writeNumberField("rating", c.rating().getAsDouble());
    expression("requires", c.requires());
    if (c.recommends().isPresent()) expression("recommends", c.recommends());
    if (!c.conditions().isEmpty()) {
      json.writeArrayFieldStart("conditions");
      for (Condition k : c.conditions()) {
        json.writeStartObject();
        json.writeStringField("kind", k.kind());
        json.writeStringField("text", k.text());
        if (k.minEducation() > 0) json.writeNumberField("minEducation", k.minEducation());
        json.writeEndObject();
      }
      json.writeEndArray();
    }
    strings("preparesFor", c.preparesFor(), false);
    strings("experienceIn", c.experienceIn(), false);
    if (!c.jurisdiction().isEmpty()) json.writeStringField("jurisdiction", c.jurisdiction());
    if (c.renewal().isPresent()) {
      json.writeObjectFieldStart("renewal");
      json.writeNumberField("everyYears", c.renewal().get().everyYears());
      json.writeNumberField("cost", c.renewal().get().cost());
      json.writeNumberField("hours", c.renewal().get().hours());
      json.writeEndObject();
    } else {
      json.writeNullField("renewal");
    }
    json.writeObjectFieldStart("quality");
    strings("accreditedBy", c.quality().accreditedBy(), true);
    strings("recognizedBy", c.quality().recognizedBy(), true);
    strings("endorsedBy", c.quality().endorsedBy(), true);
    json.writeEndObject();
    json.writeArrayFieldStart("sessions");
    for (java.time.LocalDate d : c.sessions()) json.writeString(d.toString());
    json.writeEndArray();
    json.writeStringField("status", c.retired() ? "retired" : "active");
    strings("estimates", c.estimates().stream().sorted().toList(), true);
    json.writeStringField("source", c.source());
    json.writeArrayFieldStart("skills");
    for (TaughtSkill s : c.skills()) {
      json.writeStartObject();
      json.writeStringField("skill", s.skill());
      json.writeNumberField("level", s.level());
      json.writeStringField("basis", s.basis().wireName());
      json.writeEndObject();
    }
    json.writeEndArray();
    strings("unmappedSkills", c.unmappedSkills(), true);
    json.writeEndObject();
  }

  void stack(Stack s) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", s.id());
    json.writeStringField("title", s.title());
    json.writeStringField("type", s.type());
    json.writeStringField("provider", s.provider());
    json.writeStringField("url", s.url());
    json.writeFieldName("components");
    json.writeObject(s.components().toWire());
    json.writeNumberField("fee", s.fee());
    json.writeStringField("currency", s.currency());
    if (s.creditValue().isPresent()) json.writeNumberField("creditValue", s.creditValue().getAsDouble());
    else json.writeNullField("creditValue");
    json.writeStringField("creditUnit", s.creditUnit().orElse(null));
    json.writeStringField("awards", s.awards().orElse(null));
    json.writeStringField("source", s.source());
    json.writeEndObject();
  }

  private void expression(String name, Optional<io.credpath.catalog.Requirement> r) throws IOException {
    json.writeFieldName(name);
    if (r.isPresent()) json.writeObject(r.get().toWire());
    else json.writeNull();
  }

  private void strings(String name, List<String> values, boolean always) throws IOException {
    if (values.isEmpty() && !always) return;
    json.writeArrayFieldStart(name);
    for (String v : values) json.writeString(v);
    json.writeEndArray();
  }
}
