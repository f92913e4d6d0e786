/** The shared article record, its identifiers and its JSON form. */
@NullMarked
package io.newsflow.article;

import org.jspecify.annotations.NullMarked;
