/** Implementation of resume parsing: heading and entry classification, date parsing, NLP models. */
@NullMarked
package dev.rolefit.resume.internal;

import org.jspecify.annotations.NullMarked;
