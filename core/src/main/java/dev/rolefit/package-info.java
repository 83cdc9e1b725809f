/** The entry point: {@link dev.rolefit.RoleFit} analyses a resume against a role profile. */
@NullMarked
package dev.rolefit;

import org.jspecify.annotations.NullMarked;
