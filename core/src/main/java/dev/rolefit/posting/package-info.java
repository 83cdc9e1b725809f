/** Parsing a job posting into its requirements, for job-posting mode. */
@NullMarked
package dev.rolefit.posting;

import org.jspecify.annotations.NullMarked;
