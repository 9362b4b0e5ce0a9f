package org.harmledger.redress;

/**
 * PersonalData marks a value that identifies or reaches a living or dead person (names, contact
 * details). Public views ({@link PublicVictim}, {@link PublicClaimant}) never hold one, so a
 * server or an export built on them cannot leak a name by accident; {@link Eraser} replaces one
 * with its empty form and keeps only a hash.
 */
public interface PersonalData {
  /** The data in a fixed textual form, field by field: the input of an erasure hash and of a subject export. */
  String canonicalText();

  /** True when the value holds nothing. */
  boolean isEmpty();
}
