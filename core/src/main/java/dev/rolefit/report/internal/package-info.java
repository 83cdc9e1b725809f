/** Implementation of the report writers: the template view and escaping for each format. */
@NullMarked
package dev.rolefit.report.internal;

import org.jspecify.annotations.NullMarked;
