/**
 * Reading resume files (PDF, DOCX, DOC, text) into text, with the limits and typed exceptions for
 * untrusted documents.
 */
@NullMarked
package dev.rolefit.extract;

import org.jspecify.annotations.NullMarked;
