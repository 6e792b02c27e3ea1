-- Issue 13, part 3: what the shared-budget optimiser and the demand report read from saved plans (each pathway's
-- coverage, the gap planned for), and the allocations of a cohort under a shared budget. The same script runs on H2 and
-- PostgreSQL; forward only. Plans saved before this version keep no coverage (NULL) and no gap rows.

ALTER TABLE saved_plan_pathways ADD COLUMN coverage DOUBLE PRECISION;

-- The gap a saved plan was planned for, in the answer's order: item id, name, importance, kind, and whether any usable
-- credential in scope closes it.
CREATE TABLE saved_plan_gaps (
  plan_id    VARCHAR(40)      NOT NULL REFERENCES saved_plans (id) ON DELETE CASCADE,
  position   INTEGER          NOT NULL,
  skill      VARCHAR(200)     NOT NULL,
  name       VARCHAR(500)     NOT NULL,
  importance DOUBLE PRECISION NOT NULL,
  kind       VARCHAR(20)      NOT NULL,
  coverable  BOOLEAN          NOT NULL,
  PRIMARY KEY (plan_id, position)
);

-- A cohort's pathways chosen under a shared budget from the plans of one finished job: the terms, the totals, whether
-- the search proved them optimal (with the bound otherwise), and the same totals for planning each learner alone and cutting.
CREATE TABLE cohort_allocations (
  id             VARCHAR(40)      PRIMARY KEY,
  tenant_id      VARCHAR(63)      NOT NULL REFERENCES tenants (id),
  cohort_id      VARCHAR(40)      NOT NULL REFERENCES cohorts (id) ON DELETE CASCADE,
  job_id         VARCHAR(40)      NOT NULL REFERENCES advising_jobs (id) ON DELETE CASCADE,
  budget         DOUBLE PRECISION NOT NULL,
  currency       VARCHAR(3)       NOT NULL,
  coverage       DOUBLE PRECISION NOT NULL,
  cost           DOUBLE PRECISION NOT NULL,
  optimal        BOOLEAN          NOT NULL,
  upper_bound    DOUBLE PRECISION NOT NULL,
  work           BIGINT           NOT NULL,
  alone_coverage DOUBLE PRECISION NOT NULL,
  alone_cost     DOUBLE PRECISION NOT NULL,
  alone_learners INTEGER          NOT NULL,
  created_at     BIGINT           NOT NULL,
  created_by     VARCHAR(40)      NOT NULL
);
CREATE INDEX cohort_allocations_cohort ON cohort_allocations (cohort_id, created_at);

-- An allocation's terms per credential: a seat limit (NULL: none) and discount tiers.
CREATE TABLE cohort_allocation_terms (
  allocation_id VARCHAR(40)  NOT NULL REFERENCES cohort_allocations (id) ON DELETE CASCADE,
  credential    VARCHAR(200) NOT NULL,
  seat_limit    INTEGER,
  PRIMARY KEY (allocation_id, credential)
);

CREATE TABLE cohort_allocation_discounts (
  allocation_id VARCHAR(40)      NOT NULL REFERENCES cohort_allocations (id) ON DELETE CASCADE,
  credential    VARCHAR(200)     NOT NULL,
  min_seats     INTEGER          NOT NULL,
  percent_off   DOUBLE PRECISION NOT NULL,
  PRIMARY KEY (allocation_id, credential, min_seats)
);

-- Per cohort row planned by the job: its saved plan, the pathway chosen (NULL: none) and the one planning alone and
-- cutting gave (NULL: none).
CREATE TABLE cohort_allocation_choices (
  allocation_id VARCHAR(40) NOT NULL REFERENCES cohort_allocations (id) ON DELETE CASCADE,
  line          INTEGER     NOT NULL,
  plan_id       VARCHAR(40) NOT NULL,
  pathway       INTEGER,
  alone_pathway INTEGER,
  PRIMARY KEY (allocation_id, line)
);
