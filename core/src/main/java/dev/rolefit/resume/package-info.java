/** Parsing extracted text into a resume: sections, experience entries and their dates. */
@NullMarked
package dev.rolefit.resume;

import org.jspecify.annotations.NullMarked;
