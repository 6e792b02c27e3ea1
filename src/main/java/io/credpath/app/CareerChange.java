package io.credpath.app;

import io.credpath.planner.Budget;
import io.credpath.planner.LearnerProfile;
import io.credpath.planner.PlanRequest;
import io.credpath.planner.Preferences;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * A realistic career change on the shipped taxonomy: who the learner is now (their current O*NET occupation,
 * five years in it) and where they want to go. Used by {@code credpath bench plan-careers}; the advisor panel
 * ({@code src/test/resources/panel}) judges the answers for these and seventy more.
 */
record CareerChange(String name, String current, String target) {

  /** Ten career changes into IT and business roles and ten into care, health, trades, land and transport work. */
  static List<CareerChange> all() {
    return List.of(
        new CareerChange("retail supervisor -> data analyst", "41-1011.00", "15-2051.01"),
        new CareerChange("help desk technician -> cloud engineer", "15-1232.00", "15-1299.08"),
        new CareerChange("teacher -> instructional designer", "25-2021.00", "25-9031.00"),
        new CareerChange("administrative assistant -> project manager", "43-6014.00", "13-1082.00"),
        new CareerChange("warehouse associate -> IT support", "53-7065.00", "15-1232.00"),
        new CareerChange("registered nurse -> health informatics", "29-1141.00", "15-1211.01"),
        new CareerChange("bookkeeper -> financial analyst", "43-3031.00", "13-2051.00"),
        new CareerChange("graphic designer -> UX designer", "27-1024.00", "15-1255.00"),
        new CareerChange("sales representative -> digital marketer", "41-4012.00", "13-1161.01"),
        new CareerChange("security guard -> cybersecurity analyst", "33-9032.00", "15-1212.00"),
        new CareerChange("cashier -> pharmacy technician", "41-2011.00", "29-2052.00"),
        new CareerChange("receptionist -> medical secretary", "43-4171.00", "43-6013.00"),
        new CareerChange("childcare worker -> teaching assistant", "39-9011.00", "25-9042.00"),
        new CareerChange("childcare worker -> nursing assistant", "39-9011.00", "31-1131.00"),
        new CareerChange("farmworker -> farm equipment mechanic", "45-2091.00", "49-3041.00"),
        new CareerChange("warehouse worker -> electrician", "53-7062.00", "47-2111.00"),
        new CareerChange("retail associate -> HVAC technician", "41-2031.00", "49-9021.00"),
        new CareerChange("delivery driver -> tractor-trailer driver", "53-3033.00", "53-3032.00"),
        new CareerChange("server -> real estate agent", "35-3031.00", "41-9022.00"),
        new CareerChange("farmworker -> pesticide applicator", "45-2092.00", "37-3012.00"));
  }

  /** The request for this change with a budget of {@code maxCost} dollars over {@code maxWeeks} weeks at 8 hours a week. */
  PlanRequest request(double maxCost, int maxWeeks, LocalDate start) {
    LearnerProfile profile = new LearnerProfile(List.of(), List.of(), 5, Optional.of(current));
    Budget budget = new Budget(OptionalDouble.of(maxCost), "USD", OptionalDouble.empty(), OptionalInt.of(maxWeeks), 8);
    Preferences prefs = new Preferences(java.util.Set.of(), java.util.Set.of("en"), java.util.Set.of(), java.util.Set.of(),
        io.credpath.planner.Objective.CHEAPEST, 4, OptionalDouble.empty(), false);
    return new PlanRequest(target, profile, budget, prefs, Optional.empty(), start);
  }
}
