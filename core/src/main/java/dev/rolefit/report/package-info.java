/** Report writers (JSON, text, Markdown, HTML) and the one-row-per-resume summary. */
@NullMarked
package dev.rolefit.report;

import org.jspecify.annotations.NullMarked;
