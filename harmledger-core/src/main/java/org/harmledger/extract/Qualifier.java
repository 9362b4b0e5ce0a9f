package org.harmledger.extract;

/** A Qualifier is the word before a number that turns it into a range ("at least 20" is 20 or more). */
public enum Qualifier {
  AT_LEAST, MORE_THAN, UP_TO, NEARLY, ABOUT
}
