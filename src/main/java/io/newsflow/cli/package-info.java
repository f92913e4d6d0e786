/** The jar's command line: the entry point and the top command. */
@NullMarked
package io.newsflow.cli;

import org.jspecify.annotations.NullMarked;
