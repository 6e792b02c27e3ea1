package io.credpath.api;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.credpath.catalog.Requirement;
import java.io.IOException;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The JSON mapping of the API's records, the one the server and the CLI's {@code --json} both write: records as they
 * are, enums by wire name, {@code Optional*} as value-or-null, requirement expressions in their wire shape, dates as ISO
 * strings; parsing is bounded in nesting depth and string length so hostile bodies fail fast.
 */
public final class ApiJson {
  static final int MAX_NESTING = 64;

  private ApiJson() {}

  /** A mapper configured for requests and responses. */
  @SuppressWarnings({"rawtypes", "unchecked"})
  public static ObjectMapper mapper() {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).maxStringLength(64 * 1024)
            .maxNumberLength(100).build())
        .build();
    SimpleModule optionals = new SimpleModule("credpath-optionals");
    optionals.addSerializer(new Ser<Optional>(Optional.class) {
      @Override public void serialize(Optional v, JsonGenerator g, SerializerProvider p) throws IOException {
        if (v.isPresent()) p.defaultSerializeValue(v.get(), g); else g.writeNull();
      }
    });
    optionals.addSerializer(new Ser<OptionalInt>(OptionalInt.class) {
      @Override public void serialize(OptionalInt v, JsonGenerator g, SerializerProvider p) throws IOException {
        if (v.isPresent()) g.writeNumber(v.getAsInt()); else g.writeNull();
      }
    });
    optionals.addSerializer(new Ser<OptionalDouble>(OptionalDouble.class) {
      @Override public void serialize(OptionalDouble v, JsonGenerator g, SerializerProvider p) throws IOException {
        if (v.isPresent()) g.writeNumber(v.getAsDouble()); else g.writeNull();
      }
    });
    optionals.addSerializer(new Ser<Requirement>(Requirement.class) {
      @Override public void serialize(Requirement v, JsonGenerator g, SerializerProvider p) throws IOException {
        p.defaultSerializeValue(v.toWire(), g);
      }
    });
    return new ObjectMapper(factory)
        .registerModule(new JavaTimeModule())
        .registerModule(optionals)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(SerializationFeature.WRITE_ENUMS_USING_TO_STRING)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  }

  /** Parses a request body; malformed JSON, invalid UTF-8 and over-deep nesting throw {@link java.io.IOException}s. */
  static JsonNode parse(ObjectMapper mapper, byte[] body) throws IOException {
    return mapper.readTree(body);
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private abstract static class Ser<T> extends StdSerializer<T> {
    Ser(Class c) {
      super(c);
    }
  }
}
