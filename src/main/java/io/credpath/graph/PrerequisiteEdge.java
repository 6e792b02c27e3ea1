package io.credpath.graph;

/** A hard prerequisite edge: {@code before} must be held before {@code after} can be taken. */
record PrerequisiteEdge(String before, String after) {}
