package dev.rolefit.match;

import dev.rolefit.model.MatchType;
import dev.rolefit.model.SectionKind;

/**
 * One match of a profile query in the resume.
 *
 * @param start offset of the matched words in the resume text
 * @param end offset just past them
 * @param segment index of the resume segment holding them (-1 if none)
 * @param section the section kind holding them
 * @param matchType exact, alias, stem or implied
 */
public record Hit(int start, int end, int segment, SectionKind section, MatchType matchType) {}
