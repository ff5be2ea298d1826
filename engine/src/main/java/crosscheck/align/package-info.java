/**
 * Cross-checking a story: its sentences aligned into claims across articles ({@link crosscheck.align.ClaimAligner}),
 * each claim traced to its original sources ({@link crosscheck.align.Origins}), figures that disagree and
 * denials ({@link crosscheck.align.NumericConflicts}, {@link crosscheck.align.Denials}), a timeline, an actor graph
 * and a cited brief; {@link crosscheck.align.StoryChecker} runs them all.
 */
package crosscheck.align;
