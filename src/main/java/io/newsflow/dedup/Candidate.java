package io.newsflow.dedup;

/** A member of a bucket that qualified against the article looked up, with its similarity. */
record Candidate(Profile member, double similarity) {}
