/** Benchmarks: {@code bench crawl} and friends, on loopback only; they print figures. */
@NullMarked
package io.newsflow.bench;

import org.jspecify.annotations.NullMarked;
