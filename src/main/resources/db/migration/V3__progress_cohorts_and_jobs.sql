-- Issue 13, part 2: progress on saved plans' steps, cohorts uploaded as CSV, background jobs, and db-scheduler's table.
-- The same script runs on H2 and PostgreSQL (times are epoch milliseconds, dates ISO text); forward only.

-- Where a learner stands on a step of a saved plan's leading pathway: the latest status given, with its date.
CREATE TABLE plan_progress (
  plan_id      VARCHAR(40)   NOT NULL REFERENCES saved_plans (id) ON DELETE CASCADE,
  credential   VARCHAR(200)  NOT NULL,
  status       VARCHAR(16)   NOT NULL,
  on_date      VARCHAR(10)   NOT NULL,
  evidence_url VARCHAR(2000),
  updated_at   BIGINT        NOT NULL,
  updated_by   VARCHAR(40)   NOT NULL,
  PRIMARY KEY (plan_id, credential)
);

-- A cohort: one upload of a CSV file; its accepted rows are learners (created in the upload's transaction).
CREATE TABLE cohorts (
  id         VARCHAR(40)  PRIMARY KEY,
  tenant_id  VARCHAR(63)  NOT NULL REFERENCES tenants (id),
  name       VARCHAR(200) NOT NULL,
  rows_read  INTEGER      NOT NULL,
  rejected   INTEGER      NOT NULL,
  created_at BIGINT       NOT NULL,
  created_by VARCHAR(40)  NOT NULL
);
CREATE INDEX cohorts_tenant ON cohorts (tenant_id, created_at);

-- One accepted row of a cohort: the line it was on, the learner it made and the target it names (an occupation id).
CREATE TABLE cohort_members (
  cohort_id  VARCHAR(40)  NOT NULL REFERENCES cohorts (id) ON DELETE CASCADE,
  line       INTEGER      NOT NULL,
  learner_id VARCHAR(40)  NOT NULL,
  reference  VARCHAR(200) NOT NULL,
  target     VARCHAR(200) NOT NULL,
  PRIMARY KEY (cohort_id, line)
);

-- A background job (planning a cohort): its state and progress counters, updated in the same transaction as each row's
-- outcome, so that what it reports is what is stored.
CREATE TABLE advising_jobs (
  id                 VARCHAR(40)  PRIMARY KEY,
  tenant_id          VARCHAR(63)  NOT NULL REFERENCES tenants (id),
  kind               VARCHAR(40)  NOT NULL,
  cohort_id          VARCHAR(40)  NOT NULL REFERENCES cohorts (id) ON DELETE CASCADE,
  start_date         VARCHAR(10)  NOT NULL,
  state              VARCHAR(16)  NOT NULL,
  total              INTEGER      NOT NULL,
  done               INTEGER      NOT NULL,
  failed             INTEGER      NOT NULL,
  failure            VARCHAR(2000),
  created_at         BIGINT       NOT NULL,
  created_by         VARCHAR(40)  NOT NULL,
  started_at         BIGINT,
  run_started_at     BIGINT,
  run_started_count  INTEGER,
  finished_at        BIGINT
);
CREATE INDEX advising_jobs_state ON advising_jobs (state);

-- What a job did with each cohort row: the plan saved for it, or why none could be. Written in the transaction that
-- saves the plan and counts it, and the key allows one outcome per row and job, so no row is planned twice.
CREATE TABLE advising_job_rows (
  job_id  VARCHAR(40)   NOT NULL REFERENCES advising_jobs (id) ON DELETE CASCADE,
  line    INTEGER       NOT NULL,
  plan_id VARCHAR(40),
  failure VARCHAR(2000),
  PRIMARY KEY (job_id, line)
);

-- db-scheduler's table (com.github.kagkarlsson:db-scheduler 16.x), in types both databases accept.
CREATE TABLE scheduled_tasks (
  task_name            VARCHAR(100)             NOT NULL,
  task_instance        VARCHAR(100)             NOT NULL,
  task_data            BYTEA,
  execution_time       TIMESTAMP WITH TIME ZONE NOT NULL,
  picked               BOOLEAN                  NOT NULL,
  picked_by            VARCHAR(200),
  last_success         TIMESTAMP WITH TIME ZONE,
  last_failure         TIMESTAMP WITH TIME ZONE,
  consecutive_failures INTEGER,
  last_heartbeat       TIMESTAMP WITH TIME ZONE,
  version              BIGINT                   NOT NULL,
  priority             SMALLINT,
  PRIMARY KEY (task_name, task_instance)
);
CREATE INDEX scheduled_tasks_execution_time ON scheduled_tasks (execution_time);
CREATE INDEX scheduled_tasks_last_heartbeat ON scheduled_tasks (last_heartbeat);
