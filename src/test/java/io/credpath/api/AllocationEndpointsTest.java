package io.credpath.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Shared-budget allocations and demand reports through a real server: 409 before a planning job has finished; an
 * allocation within the budget, seat limits and discounts, never below planning alone and cutting, stored and read back;
 * the demand report from it and from the leading pathways, as JSON and CSV; bad bodies are 422 naming each field; another
 * tenant's cohort and allocation answer 404.
 */
class AllocationEndpointsTest {
  private static final String COHORTS = "/api/v1/advising/cohorts";
  private static final String HEADER = "reference,name,current_occupation,target,held_credentials,experience_years,hours_per_week,max_cost,max_weeks\n";
  private TestApi api;

  @BeforeEach
  void start() {
    api = new TestApi();
  }

  @AfterEach
  void stop() {
    api.close();
  }

  private String plannedCohort(int members) throws InterruptedException {
    StringBuilder csv = new StringBuilder(HEADER);
    for (int i = 1; i <= members; i++) {
      csv.append("S-").append(i).append(",Learner ").append(i).append(",,").append(i % 3 == 0 ? "15-1212.00" : "15-2051.01").append(",,2,8,,\n");
    }
    String cohort = api.send("POST", COHORTS, csv.toString().getBytes(StandardCharsets.UTF_8), "text/csv", api.advisorB).json().path("id").asText();
    assertThat(api.post(COHORTS + "/" + cohort + "/allocations", "{\"budget\":100}", api.advisorB).status).isEqualTo(409);
    String job = api.post(COHORTS + "/" + cohort + "/plan", "{\"startDate\":\"2025-08-20\"}", api.advisorB).header("Location").orElseThrow();
    for (int i = 0; i < 300 && !api.get(job, api.advisorB).json().path("state").asText().equals("done"); i++) Thread.sleep(50);
    return cohort;
  }

  @Test
  void anAllocationKeepsWithinTheBudgetSeatLimitsAndDiscountsAndIsNeverBelowPlanningAlone() throws Exception {
    String cohort = plannedCohort(9);
    JsonNode alone = api.get(COHORTS + "/" + cohort + "/demand", api.advisorB).json();
    // the fake planner gives the data analysts' target three courses and the other target none in tenant B's scope
    assertThat(alone.path("planned").asInt()).isEqualTo(9);
    assertThat(alone.path("withPathway").asInt()).as(alone.toString()).isEqualTo(6);
    JsonNode top = alone.path("credentials").get(0);
    String busiest = top.path("credential").asText();
    double listCost = alone.path("listCost").asDouble();
    String body = "{\"budget\":" + (int) (listCost * 0.6) + ",\"credentials\":[{\"credential\":\"" + busiest + "\",\"seatLimit\":" + (top.path("seats").asInt() - 1)
        + ",\"discounts\":[{\"minSeats\":2,\"percentOff\":50}]}]}";
    TestApi.Response r = api.post(COHORTS + "/" + cohort + "/allocations", body, api.advisorB);
    assertThat(r.status).as(r.toString()).isEqualTo(201);
    JsonNode a = r.json();
    assertThat(r.header("Location")).hasValue(COHORTS + "/" + cohort + "/allocations/" + a.path("id").asText());
    assertThat(a.path("shared").path("cost").asDouble()).isLessThanOrEqualTo(listCost * 0.6);
    // each seat of the busiest course at half price from two seats: four learners' courses fit where three would at list price
    double each = listCost / 6 - top.path("listCost").asDouble() / 6 / 2;
    // (the other target's three members have an empty pathway the fake says covers everything, free)
    int paid = (int) (Math.floor(listCost * 0.6) / each);
    assertThat(a.path("shared").path("learners").asInt()).isEqualTo(3 + paid);
    assertThat(a.path("shared").path("cost").asDouble()).isCloseTo(paid * each, org.assertj.core.data.Offset.offset(1e-6));
    assertThat(a.path("shared").path("coverage").asDouble()).isGreaterThanOrEqualTo(a.path("alone").path("coverage").asDouble());
    assertThat(a.path("optimal").asBoolean()).isTrue();
    assertThat(a.path("members")).hasSize(9);
    assertThat(api.get(COHORTS + "/" + cohort + "/allocations/" + a.path("id").asText(), api.advisorB).json()).isEqualTo(a);

    JsonNode demand = api.get(COHORTS + "/" + cohort + "/demand?allocation=" + a.path("id").asText(), api.advisorB).json();
    JsonNode seats = demand.path("credentials").findParents("credential").stream().filter(c -> c.path("credential").asText().equals(busiest))
        .findFirst().orElseThrow();
    assertThat(seats.path("seats").asInt()).isLessThanOrEqualTo(top.path("seats").asInt() - 1);
    if (seats.path("seats").asInt() >= 2) {
      assertThat(seats.path("percentOff").asDouble()).isEqualTo(50);
      assertThat(seats.path("cost").asDouble()).isEqualTo(seats.path("listCost").asDouble() / 2);
    }
    assertThat(demand.path("cost").asDouble()).isCloseTo(a.path("shared").path("cost").asDouble(), org.assertj.core.data.Offset.offset(1e-6));
    assertThat(seats.path("byQuarter").get(0).path("quarter").asText()).isEqualTo("2025-Q3");
    assertThat(seats.path("learners")).hasSize(seats.path("seats").asInt());
    assertThat(demand.path("gapSkills").get(0).path("learners").asInt()).isGreaterThan(0);

    TestApi.Response csv = api.get(COHORTS + "/" + cohort + "/demand/credentials.csv?allocation=" + a.path("id").asText(), api.advisorB);
    assertThat(csv.status).isEqualTo(200);
    assertThat(csv.contentType).startsWith("text/csv");
    List<String> lines = csv.body.lines().toList();
    assertThat(lines.get(0)).isEqualTo("credential,title,quarter,seats,percent_off,cost,learners");
    assertThat(lines).anyMatch(l -> l.startsWith(busiest + ",") && l.contains(",2025-Q3," + seats.path("seats").asInt() + ","));
    TestApi.Response gaps = api.get(COHORTS + "/" + cohort + "/demand/gap-skills.csv", api.advisorB);
    assertThat(gaps.body.lines().findFirst()).hasValue("skill,name,kind,learners,share,coverable");
    assertThat(gaps.body.lines().count()).isEqualTo(1 + alone.path("gapSkills").size());
    assertThat(api.get("/api/v1/advising/audit", api.advisorB).json().findValuesAsText("action")).contains("cohort.allocate");
  }

  @Test
  void anotherTenantsCohortAndAllocationAnswer404AndBadBodies422NamingEachField() throws Exception {
    String cohort = plannedCohort(3);
    String id = api.post(COHORTS + "/" + cohort + "/allocations", "{\"budget\":1000}", api.advisorB).json().path("id").asText();
    for (String path : List.of("/allocations/" + id, "/demand", "/demand?allocation=" + id, "/demand/credentials.csv", "/demand/gap-skills.csv")) {
      TestApi.Response r = api.get(COHORTS + "/" + cohort + path, api.advisorA);
      assertThat(r.status).as(path).isEqualTo(404);
      assertThat(r.contentType).startsWith("application/problem+json");
    }
    assertThat(api.post(COHORTS + "/" + cohort + "/allocations", "{\"budget\":1000}", api.advisorA).status).isEqualTo(404);
    assertThat(api.get(COHORTS + "/" + cohort + "/demand?allocation=a-nope", api.advisorB).status).isEqualTo(404);
    assertThat(api.get(COHORTS + "/" + cohort + "/allocations/" + id, api.partnerB).status).isEqualTo(403);

    TestApi.Response bad = api.post(COHORTS + "/" + cohort + "/allocations", "{\"currency\":\"usd\",\"extra\":1,\"credentials\":["
        + "{\"credential\":\"nope:cred\",\"seatLimit\":-1,\"discounts\":[{\"minSeats\":0,\"percentOff\":100},{\"percentOff\":5}]},"
        + "{\"credential\":\"nope:cred\"}]}", api.advisorB);
    assertThat(bad.status).as(bad.toString()).isEqualTo(422);
    assertThat(bad.json().path("errors").findValuesAsText("field")).contains("budget", "currency", "extra", "credentials[0].credential",
        "credentials[0].seatLimit", "credentials[0].discounts[0].minSeats", "credentials[0].discounts[0].percentOff",
        "credentials[0].discounts[1].minSeats", "credentials[1].credential");
    assertThat(api.post(COHORTS + "/" + cohort + "/allocations", "[1]", api.advisorB).status).isEqualTo(422);
    assertThat(api.post(COHORTS + "/" + cohort + "/allocations", "{\"budget\":1000,\"job\":\"j-nope\"}", api.advisorB).status).isEqualTo(404);
  }
}
