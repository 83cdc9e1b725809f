/** Matching a resume against a profile's skills and responsibilities with Lucene. */
@NullMarked
package dev.rolefit.match;

import org.jspecify.annotations.NullMarked;
