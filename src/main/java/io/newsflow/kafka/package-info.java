/** Kafka glue: the embedded broker, topics, clients, serdes and CloudEvents headers. */
@NullMarked
package io.newsflow.kafka;

import org.jspecify.annotations.NullMarked;
