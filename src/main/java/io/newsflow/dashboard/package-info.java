/**
 * The dashboard role: a live web page, a REST API and lag metrics, all derived from the Kafka
 * topics and the AdminClient, so the dashboard runs in a process of its own.
 */
@NullMarked
package io.newsflow.dashboard;

import org.jspecify.annotations.NullMarked;
