/**
 * Article extraction: bytes of an HTML page in, clean body text and metadata out.
 *
 * <p>{@link io.newsflow.extract.ArticleExtractor} is the entry point; {@link
 * io.newsflow.extract.ExtractCommand} runs it over a directory or a WARC file.
 */
@NullMarked
package io.newsflow.extract;

import org.jspecify.annotations.NullMarked;
