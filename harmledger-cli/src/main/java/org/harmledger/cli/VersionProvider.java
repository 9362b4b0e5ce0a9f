package org.harmledger.cli;

import picocli.CommandLine.IVersionProvider;

/** VersionProvider reports the version the jar was built as (from its manifest), or "development". */
public final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = Main.class.getPackage().getImplementationVersion();
    return new String[] {"harmledger " + (version == null ? "development build" : version)};
  }
}
