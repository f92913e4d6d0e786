/** News sources: their model, the sources file, the persisted registry and the admin API. */
@NullMarked
package io.newsflow.source;

import org.jspecify.annotations.NullMarked;
