package org.harmledger.store;

/** A StorageException is a failure of the ledger's storage (database, data folder or custody chain), with its cause when it has one. */
public final class StorageException extends RuntimeException {
  public StorageException(String message, Throwable cause) {
    super(message, cause);
  }

  public StorageException(String message) {
    super(message);
  }
}
