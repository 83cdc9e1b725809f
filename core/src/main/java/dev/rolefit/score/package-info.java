/**
 * Scoring: skill and responsibility evidence, the level estimate, posting requirements and gaps.
 */
@NullMarked
package dev.rolefit.score;

import org.jspecify.annotations.NullMarked;
