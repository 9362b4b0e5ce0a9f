package org.harmledger.store;

/** A StorageException is a failure of the ledger's storage (database or data folder), with its cause. */
public final class StorageException extends RuntimeException {
  public StorageException(String message, Throwable cause) {
    super(message, cause);
  }

  public StorageException(String message) {
    super(message);
  }
}
