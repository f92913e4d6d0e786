/** newsflow: streaming news ingestion. Feature packages sit below this one. */
@NullMarked
package io.newsflow;

import org.jspecify.annotations.NullMarked;
