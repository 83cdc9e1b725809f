/** The parsed job posting, as the facade returns it: title, company and requirements. */
@NullMarked
package dev.rolefit.posting;

import org.jspecify.annotations.NullMarked;
