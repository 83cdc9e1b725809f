/** Posting parsing (the parser and its parts): sections, lines and requirement kinds. */
@NullMarked
package dev.rolefit.posting.internal;

import org.jspecify.annotations.NullMarked;
