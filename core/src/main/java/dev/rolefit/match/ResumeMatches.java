package dev.rolefit.match;

import dev.rolefit.resume.Resume;
import java.util.List;
import java.util.Map;

/**
 * Everything the profile's queries found in one resume.
 *
 * @param resume the resume matched
 * @param skills direct hits per skill id (skills without hits are absent)
 * @param concepts per responsibility id, per concept group, the character spans of its words as
 *     {start0, end0, start1, end1, ...} in text order
 * @param bm25 per responsibility id, the best normalised BM25 similarity of a segment (0..1)
 * @param bm25Segment per responsibility id, the segment index of that best similarity
 * @param levelTitles per level id, hits of its title words in dated entry lines, each title read by
 *     its longest phrase (a phrase inside a longer one of any level is no hit)
 * @param levelSignals per level id, hits of its scope phrases
 */
public record ResumeMatches(
    Resume resume,
    Map<String, List<Hit>> skills,
    Map<String, List<int[]>> concepts,
    Map<String, Double> bm25,
    Map<String, Integer> bm25Segment,
    Map<String, List<Hit>> levelTitles,
    Map<String, List<Hit>> levelSignals) {}
