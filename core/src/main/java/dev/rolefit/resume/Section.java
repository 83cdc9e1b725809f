package dev.rolefit.resume;

import dev.rolefit.model.SectionKind;

/**
 * A section of the resume: its heading and the span of text it covers.
 *
 * @param kind what the section holds
 * @param heading the heading as written ("" for text before the first heading)
 * @param start offset of the heading (or of the section's first character)
 * @param end offset just past the section's last character
 */
public record Section(SectionKind kind, String heading, int start, int end) {}
