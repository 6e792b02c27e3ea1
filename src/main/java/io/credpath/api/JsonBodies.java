package io.credpath.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/** Reads a JSON request body: 415 for another content type or charset, 413 when too large, 400 when malformed. */
final class JsonBodies {
  private final ObjectMapper mapper;
  private final int maxBytes;

  JsonBodies(ObjectMapper mapper, int maxBytes) {
    this.mapper = mapper;
    this.maxBytes = maxBytes;
  }

  /** The parsed body of {@code ctx}. */
  JsonNode read(Context ctx) throws IOException {
    requireJson(ctx.header("Content-Type"));
    if (ctx.req().getContentLengthLong() > maxBytes) throw tooLarge();
    byte[] bytes;
    try (InputStream in = ctx.bodyInputStream()) {
      bytes = in.readNBytes(maxBytes + 1);
    }
    if (bytes.length > maxBytes) throw tooLarge();
    if (bytes.length == 0) throw ApiProblem.of(400, "Malformed JSON", "the request body is empty");
    return ApiJson.parse(mapper, bytes);
  }

  private ApiProblem tooLarge() {
    return ApiProblem.of(413, "Payload too large", "request bodies are limited to " + maxBytes + " bytes");
  }

  private static void requireJson(String header) {
    if (header == null) throw unsupported("missing");
    String[] parts = header.toLowerCase(Locale.ROOT).split(";");
    String type = parts[0].trim();
    boolean json = type.equals("application/json") || (type.startsWith("application/") && type.endsWith("+json"));
    if (!json) throw unsupported(header);
    for (int i = 1; i < parts.length; i++) {
      String p = parts[i].trim();
      if (p.startsWith("charset=") && !p.substring(8).replace("\"", "").equals("utf-8")) throw unsupported(header);
    }
  }

  private static ApiProblem unsupported(String got) {
    String shown = got.length() > 100 ? got.substring(0, 100) : got;
    return ApiProblem.of(415, "Unsupported media type", "send application/json in UTF-8 (Content-Type was " + shown + ")");
  }
}
