/** Matching a resume against a profile (implementation, not exported) with Lucene. */
@NullMarked
package dev.rolefit.match;

import org.jspecify.annotations.NullMarked;
