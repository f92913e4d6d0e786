package io.newsflow.dashboard;

import java.util.List;

/**
 * One page of recent articles, newest first.
 *
 * @param total articles matching the filters
 */
public record ArticlePage(int page, int size, int total, List<ArticleSummary> items) {}
