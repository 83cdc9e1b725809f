/** Implementation of matching: the analysis chains, BM25 for responsibilities, query budgets. */
@NullMarked
package dev.rolefit.match.internal;

import org.jspecify.annotations.NullMarked;
