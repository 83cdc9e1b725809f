/** Resume parsing, the parser and its parts: headings, entries, dates, NLP models. */
@NullMarked
package dev.rolefit.resume.internal;

import org.jspecify.annotations.NullMarked;
