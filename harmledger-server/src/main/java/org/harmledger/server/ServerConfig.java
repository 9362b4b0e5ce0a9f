package org.harmledger.server;

/**
 * A ServerConfig says how the HTTP server listens and what it accepts: the interface and port
 * (0 picks a free port), the largest request body, the largest page a listing returns, and
 * whether session cookies are marked Secure (leave on; turn off only for plain-HTTP tests
 * outside loopback).
 */
public record ServerConfig(String host, int port, long maxBodyBytes, int maxPageSize, boolean secureCookies) {
  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final int DEFAULT_PORT = 8080;
  public static final long DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
  public static final int DEFAULT_MAX_PAGE_SIZE = 200;

  public ServerConfig {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0..65535 but was " + port);
    }
    if (maxBodyBytes < 1 || maxPageSize < 1) {
      throw new IllegalArgumentException("body and page limits must be positive");
    }
  }

  public static ServerConfig defaults() {
    return new ServerConfig(DEFAULT_HOST, DEFAULT_PORT, DEFAULT_MAX_BODY_BYTES, DEFAULT_MAX_PAGE_SIZE, true);
  }

  public ServerConfig withPort(int newPort) {
    return new ServerConfig(host, newPort, maxBodyBytes, maxPageSize, secureCookies);
  }

  public ServerConfig withHost(String newHost) {
    return new ServerConfig(newHost, port, maxBodyBytes, maxPageSize, secureCookies);
  }
}
