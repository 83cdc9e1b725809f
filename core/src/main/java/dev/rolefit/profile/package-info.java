/** Role profiles: the records a profile file holds, and loading and validating them. */
@NullMarked
package dev.rolefit.profile;

import org.jspecify.annotations.NullMarked;
