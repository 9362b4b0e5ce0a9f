/**
 * Redress: victims, compensation claims, awards and the checks that guard payment.
 *
 * <p>The register of {@link org.harmledger.redress.Victim}s follows the Every Casualty Counts
 * standards; {@link org.harmledger.redress.VictimMatcher} proposes records that may be one person
 * and a person decides ({@link org.harmledger.redress.MergeDecision}).
 * {@link org.harmledger.redress.Claim}s move through {@link org.harmledger.redress.ReviewWorkflow};
 * a {@link org.harmledger.redress.Mandate} and an {@link org.harmledger.redress.AwardSchedule}
 * (JSON data files) drive {@link org.harmledger.redress.EligibilityChecker} and
 * {@link org.harmledger.redress.AwardCalculator}; {@link org.harmledger.redress.FlagDetector}
 * raises the {@link org.harmledger.redress.Flag}s that block payment until cleared;
 * {@link org.harmledger.redress.ClaimBatch} runs it all over every claim.
 *
 * <p>Personal data (names, contacts) sits in {@link org.harmledger.redress.PersonalData} values
 * that public views leave out; {@link org.harmledger.redress.Eraser} erases it with a
 * {@link org.harmledger.redress.Tombstone}. Everything here is pure: times are given by callers,
 * data files are read from the classpath at load time, and every decision names its actor, time
 * and reason. See docs/redress.md.
 */
package org.harmledger.redress;
