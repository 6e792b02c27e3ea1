/** The entry point: {@code Main}, the configuration record, the one composition root and the command line. */
package io.credpath.app;
