package org.harmledger.cli;

/** Placeholder entry point replaced by the picocli root command. */
public final class Main {
  public static void main(String[] args) {
    System.out.println("harmledger");
  }
}
