/**
 * Implementation of profile loading: validation, error messages with lines, the bundled-profile
 * compiler.
 */
@NullMarked
package dev.rolefit.profile.internal;

import org.jspecify.annotations.NullMarked;
