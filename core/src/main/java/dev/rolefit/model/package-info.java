/**
 * The result model: the fit report and the enums it is made of, serialised to the JSON contract.
 */
@NullMarked
package dev.rolefit.model;

import org.jspecify.annotations.NullMarked;
