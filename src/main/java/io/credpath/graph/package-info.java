/**
 * The credential graph: prerequisite edges from {@code requires}, the skill-to-credential index and stack
 * membership, with closure, ordering, critical path and cycle detection; the only package that imports JGraphT.
 */
package io.credpath.graph;
