package org.harmledger.store.db;

import java.util.Objects;
import org.jdbi.v3.core.Handle;

/**
 * A Snapshot is a read-only transaction over one consistent state of the whole database, for
 * reading several tables as of one moment (backups) while writers go on. Closing it rolls the
 * transaction back (it wrote nothing) and releases the connection.
 */
public final class Snapshot implements AutoCloseable {
  private final Handle handle;

  Snapshot(Handle handle) {
    this.handle = Objects.requireNonNull(handle, "handle");
  }

  public Handle handle() {
    return handle;
  }

  @Override
  public void close() {
    try {
      handle.rollback();
    } finally {
      handle.close();
    }
  }
}
