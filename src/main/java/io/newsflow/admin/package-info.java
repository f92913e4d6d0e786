/** Admin API security: the API key that write endpoints require. */
@NullMarked
package io.newsflow.admin;

import org.jspecify.annotations.NullMarked;
