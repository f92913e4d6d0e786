/**
 * The tagger: language detection, named entities (gazetteer plus discovery), operator rules and
 * IPTC topics matched with Lucene Monitor, and statistical key phrases. {@link
 * io.newsflow.tag.Tagger} does the work for one article; {@link io.newsflow.tag.TaggerEngine} runs
 * it as a Kafka consumer role and {@link io.newsflow.tag.TagCommand} over JSON lines.
 */
@NullMarked
package io.newsflow.tag;

import org.jspecify.annotations.NullMarked;
