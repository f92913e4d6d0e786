/**
 * The offline demo corpus: fictional news sites written for the project, rendered as HTML pages,
 * section pages and feeds, and packed into the {@code demo/demo.warc.gz} that ships in the jar.
 */
@NullMarked
package io.newsflow.demo;

import org.jspecify.annotations.NullMarked;
