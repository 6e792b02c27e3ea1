package io.credpath.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.credpath.advising.Tenant;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Token-bucket limits per client address and per key, on the injected clock. */
class RateLimitTest {

  @Test
  void addressLimitAnswers429WithRetryAfterAndRefillsWithTime() {
    try (TestApi api = new TestApi(new ApiConfig(true, false, 64 * 1024, 1000, 3, Duration.ofSeconds(1), ServerLimits.defaults()))) {
      for (int i = 0; i < 3; i++) assertThat(api.get("/api/v1/skills", null).status).isEqualTo(200);
      TestApi.Response limited = api.get("/api/v1/skills", null);
      assertThat(limited.status).isEqualTo(429);
      assertThat(limited.contentType).startsWith("application/problem+json");
      assertThat(limited.header("Retry-After")).contains("20");
      api.clock.advance(Duration.ofSeconds(20));
      assertThat(api.get("/api/v1/skills", null).status).isEqualTo(200);
    }
  }

  @Test
  void keyLimitComesFromTheTenant() {
    try (TestApi api = new TestApi()) {
      api.store.putTenant(new Tenant("tenant-a", Set.of("CompTIA"), Set.of(), Set.of(), 2));
      assertThat(api.get("/api/v1/skills", api.partnerA).status).isEqualTo(200);
      assertThat(api.get("/api/v1/skills", api.partnerA).status).isEqualTo(200);
      TestApi.Response limited = api.get("/api/v1/skills", api.partnerA);
      assertThat(limited.status).isEqualTo(429);
      assertThat(limited.header("Retry-After")).contains("30");
      assertThat(api.get("/api/v1/skills", api.partnerB).status).isEqualTo(200);
    }
  }
}
