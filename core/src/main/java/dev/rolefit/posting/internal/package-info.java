/** Implementation of posting parsing: its sections, lines and requirement kinds. */
@NullMarked
package dev.rolefit.posting.internal;

import org.jspecify.annotations.NullMarked;
