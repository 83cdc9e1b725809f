/** The parsed resume the facade returns: sections, segments, experience entries and dates. */
@NullMarked
package dev.rolefit.resume;

import org.jspecify.annotations.NullMarked;
