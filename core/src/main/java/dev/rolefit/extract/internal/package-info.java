/** Implementation of extraction: format-specific extractors, layout repair and quality checks. */
@NullMarked
package dev.rolefit.extract.internal;

import org.jspecify.annotations.NullMarked;
