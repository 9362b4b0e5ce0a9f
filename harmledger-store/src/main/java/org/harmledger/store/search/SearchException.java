package org.harmledger.store.search;

/** A SearchException is a failure of the search index itself (unreadable, locked, corrupt), with its cause. */
public final class SearchException extends RuntimeException {
  public SearchException(String message, Throwable cause) {
    super(message, cause);
  }
}
