/**
 * The crawler: polite, guarded HTTP fetching (robots.txt, per-host delays, address checks, bounded
 * bodies, retries) and, on top of it, source discovery and publishing.
 */
@NullMarked
package io.newsflow.crawl;

import org.jspecify.annotations.NullMarked;
