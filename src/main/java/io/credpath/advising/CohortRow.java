package io.credpath.advising;

/** A row of a cohort file that reads as a learner: the line it is on and its reference's column, the learner's record, and the target (an occupation id). */
record CohortRow(int line, int referenceColumn, LearnerFields fields, String target) {}
