/** Evaluation of the scorer against labelled resumes and postings (the accuracy floors). */
@NullMarked
package dev.rolefit.eval;

import org.jspecify.annotations.NullMarked;
