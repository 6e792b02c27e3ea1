/** Immutable domain records (skills, occupations, credentials, stacks, requirement expressions) and the loading and validation of {@code taxonomy/}. */
package io.credpath.catalog;
