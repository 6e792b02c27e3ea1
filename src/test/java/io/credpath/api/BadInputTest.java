package io.credpath.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A seeded, generated suite of malformed requests across every endpoint: each must get a 4xx
 * {@code application/problem+json} answer, never a 5xx. All failures are reported together.
 */
class BadInputTest {
  private static final long SEED = 20250301L;
  @RegisterExtension
  static final TestApi api = new TestApi();

  @Test
  void everyMalformedRequestGetsA4xxProblem() {
    List<BadRequest> cases = new BadRequests(new Random(SEED), api.admin, api.partnerA).generate();
    assertThat(cases).hasSizeGreaterThanOrEqualTo(500);
    List<String> failures = new ArrayList<>();
    for (BadRequest c : cases) {
      TestApi.Response r = api.send(c.method(), c.path(), c.body(), c.contentType(), c.key());
      String problem = check(r);
      if (problem != null) failures.add(c.description() + " " + c.method() + " " + clip(c.path()) + " " + clip(new String(c.body(), StandardCharsets.UTF_8)) + " -> " + problem + ": " + r);
    }
    assertThat(failures).as("%d of %d cases failed", failures.size(), cases.size()).isEmpty();
  }

  private static String check(TestApi.Response r) {
    if (r.status < 400 || r.status > 499) return "status " + r.status;
    if (!r.contentType.startsWith("application/problem+json")) return "content type " + r.contentType;
    try {
      JsonNode body = r.json();
      if (body.path("status").asInt() != r.status || !body.has("title")) return "incomplete problem body";
      if (r.body.contains("\tat ") || r.body.contains("Exception")) return "leaks internals";
    } catch (AssertionError e) {
      return "body is not JSON";
    }
    return null;
  }

  private static String clip(String s) {
    return s.length() > 120 ? s.substring(0, 120) + "..." : s;
  }

  /** One generated request. */
  record BadRequest(String description, String method, String path, byte[] body, String contentType, String key) {}

  /** Generates malformed requests from a seed. */
  static final class BadRequests {
    static final String[] NASTY = {"' OR 1=1 --", "\"; DROP TABLE api_keys; --", "<script>alert(1)</script>", "${jndi:ldap://x/a}",
        "{{7*7}}", "\u0000", "\u202e\u0041", "-1", "NaN", "Infinity", "1e400", "99999999999999999999999", "true", "[]", "{}", "null",
        "\uD83D\uDE00".repeat(50), "a".repeat(5000)};
    private final Random random;
    private final String admin;
    private final String partner;
    private final List<BadRequest> out = new ArrayList<>();

    BadRequests(Random random, String admin, String partner) {
      this.random = random;
      this.admin = admin;
      this.partner = partner;
    }

    List<BadRequest> generate() {
      for (int i = 0; i < 150; i++) badQuery();
      for (int i = 0; i < 60; i++) unknownId();
      for (int i = 0; i < 250; i++) badPlanBody();
      for (int i = 0; i < 60; i++) badAdminBody();
      for (int i = 0; i < 40; i++) badTransport();
      return out;
    }

    private void badQuery() {
      String[][] params = {{"/api/v1/credentials", "page"}, {"/api/v1/credentials", "size"}, {"/api/v1/credentials", "maxCost"},
          {"/api/v1/credentials", "maxHours"}, {"/api/v1/credentials", "level"}, {"/api/v1/credentials", "type"},
          {"/api/v1/credentials", "delivery"}, {"/api/v1/credentials", "sort"}, {"/api/v1/occupations", "limit"},
          {"/api/v1/skills", "limit"}, {"/api/v1/suggest", "limit"}, {"/api/v1/credentials", "q"}, {"/api/v1/suggest", "q"}};
      String[] target = pick(params);
      String value;
      String encoded;
      boolean textParam = target[1].equals("q");
      if (textParam) {
        value = random.nextBoolean() ? "x".repeat(300 + random.nextInt(3000)) : "%FF%FE" + random.nextInt(1000);
        encoded = value.startsWith("%") ? value : URLEncoder.encode(value, StandardCharsets.UTF_8);
      } else {
        value = random.nextInt(4) == 0 ? "%C3%28" : pick(NASTY) + (random.nextBoolean() ? "" : "z");
        encoded = value.startsWith("%C3") ? value : URLEncoder.encode(value, StandardCharsets.UTF_8);
        if (value.equals("-1") || value.equals("true")) encoded = random.nextBoolean() ? "-5" : "abc";
      }
      out.add(new BadRequest("query " + target[1], "GET", target[0] + "?" + target[1] + "=" + encoded, new byte[0], null, key()));
    }

    private void unknownId() {
      String kind = pick(new String[] {"occupations", "skills", "credentials"});
      String id = random.nextBoolean() ? "no-such-" + Long.toHexString(random.nextLong()) : pick(NASTY).replace("/", "");
      if (id.isEmpty()) id = "x";
      String path = "/api/v1/" + kind + "/" + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
      out.add(new BadRequest("unknown id", "GET", path, new byte[0], null, key()));
    }

    private void badPlanBody() {
      String path = pick(new String[] {"/api/v1/gap", "/api/v1/pathways", "/api/v1/transitions"});
      String body = switch (random.nextInt(12)) {
        case 0 -> "{\"profile\":{}}".replace("{}", "{\"" + pick(new String[] {"experienceYears", "education"}) + "\":"
            + pick(new String[] {"-3", "61", "1e308", "\"ten\"", "[]", "\"phd-ish\""}) + "}");
        case 1 -> "{\"target\":" + pick(new String[] {"12", "true", "[]", "{}", "\"\"", "\" \""}) + "}";
        case 2 -> "{\"target\":\"15-1212.00\",\"budget\":{\"" + pick(new String[] {"maxCost", "maxHours", "maxWeeks", "hoursPerWeek"})
            + "\":" + pick(new String[] {"-1", "1e12", "\"cheap\"", "[1]", "999999999999999999999", "-0.5", "{}"}) + "}}";
        case 3 -> "{\"target\":\"15-1212.00\",\"preferences\":{\"" + pick(new String[] {"objective", "alternatives", "delivery", "accreditedOnly", "allowUnknownCost",
            "maxSingleCost", "languages", "region"}) + "\":" + pick(new String[] {"\"cheapest-ever\"", "-7", "[[]]", "[\"by-pigeon\"]", "\"yes\"", "-10", "[1,2]", "{}"}) + "}}";
        case 4 -> "{\"target\":\"15-1212.00\",\"profile\":{\"heldSkills\":[{\"skill\":\"skill:sql\",\"level\":"
            + pick(new String[] {"0", "6", "-1", "2.5", "\"high\"", "null"}) + "}]}}";
        case 5 -> nested(65 + random.nextInt(2000));
        case 6 -> "{\"target\":\"15-1212.00\"," + pick(new String[] {"", "\"profile\":", "\"x\":1,", "}"}) ;
        case 7 -> "{\"target\":\"15-1212.00\",\"" + pick(NASTY).replace("\"", "") + "\":1}";
        case 8 -> pick(new String[] {"[]", "null", "42", "\"text\"", "true", "[{\"target\":\"15-1212.00\"}]"});
        case 9 -> "{\"target\":\"15-1212.00\",\"startDate\":\"" + pick(new String[] {"2025-13-01", "yesterday", "01/02/2025", "2025-02-30"}) + "\"}";
        case 10 -> "{\"target\":\"15-1212.00\",\"profile\":{\"heldCredentials\":" + pick(new String[] {"\"cert:a-plus\"", "[1,2]", "[\"\"]", "[null]"}) + "}}";
        default -> path.endsWith("transitions") ? (random.nextBoolean()
            ? "{\"limit\":" + pick(new String[] {"0", "51", "-1", "\"all\""}) + "}"
            : "{\"includeCatchAll\":" + pick(new String[] {"\"yes\"", "1", "[]", "{}"}) + "}")
            : "{\"target\":\"" + pick(NASTY).replace("\"", "").replace("\\", "") + "\"}";
      };
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      if (random.nextInt(8) == 0) bytes = withInvalidUtf8(bytes);
      out.add(new BadRequest("plan body", "POST", path, bytes, "application/json", key()));
    }

    private void badAdminBody() {
      boolean keys = random.nextBoolean();
      String body = keys
          ? "{\"role\":" + pick(new String[] {"\"root\"", "1", "null", "\"partner\"", "\"admin\",\"tenant\":\"tenant-a\"", "\"partner\",\"tenant\":\"ghost\""}) + "}"
          : "{\"ratePerMinute\":" + pick(new String[] {"0", "-5", "1e9", "\"fast\""}) + ",\"allowedOrigins\":"
              + pick(new String[] {"[\"*\"]", "[\"javascript:alert(1)\"]", "\"https://x\"", "[\"https://ok.example\"]"}) + "}";
      String path = keys ? "/api/v1/admin/keys" : "/api/v1/admin/tenants/" + pick(new String[] {"Bad_Id", "ok-id", "UPPER", "a".repeat(80)});
      out.add(new BadRequest("admin body", keys ? "POST" : "PUT", path, body.getBytes(StandardCharsets.UTF_8), "application/json", admin));
    }

    private void badTransport() {
      String path = pick(new String[] {"/api/v1/gap", "/api/v1/pathways", "/api/v1/transitions", "/api/v1/admin/keys"});
      String valid = "{\"target\":\"15-1212.00\"}";
      switch (random.nextInt(5)) {
        case 0 -> out.add(new BadRequest("content type", "POST", path, valid.getBytes(StandardCharsets.UTF_8),
            pick(new String[] {"text/plain", "application/xml", "application/x-www-form-urlencoded", "application/json; charset=latin1"}), admin));
        case 1 -> out.add(new BadRequest("no content type", "POST", path, valid.getBytes(StandardCharsets.UTF_8), null, admin));
        case 2 -> out.add(new BadRequest("oversize", "POST", path, oversize(), "application/json", admin));
        case 3 -> out.add(new BadRequest("empty body", "POST", path, new byte[0], "application/json", admin));
        default -> out.add(new BadRequest("wrong method", pick(new String[] {"PATCH", "PUT", "DELETE"}), "/api/v1/gap",
            valid.getBytes(StandardCharsets.UTF_8), "application/json", admin));
      }
    }

    private String nested(int depth) {
      return "{\"target\":\"15-1212.00\",\"profile\":" + "[".repeat(depth) + "]".repeat(depth) + "}";
    }

    private byte[] oversize() {
      String filler = "x".repeat(70 * 1024 + random.nextInt(100_000));
      return ("{\"target\":\"" + filler + "\"}").getBytes(StandardCharsets.UTF_8);
    }

    private byte[] withInvalidUtf8(byte[] bytes) {
      byte[] copy = new byte[bytes.length + 2];
      int at = 1 + random.nextInt(Math.max(1, bytes.length - 2));
      System.arraycopy(bytes, 0, copy, 0, at);
      copy[at] = (byte) 0xC3;
      copy[at + 1] = (byte) 0x28;
      System.arraycopy(bytes, at, copy, at + 2, bytes.length - at);
      return copy;
    }

    private String key() {
      return random.nextInt(4) == 0 ? partner : admin;
    }

    private <T> T pick(T[] options) {
      return options[random.nextInt(options.length)];
    }
  }
}
