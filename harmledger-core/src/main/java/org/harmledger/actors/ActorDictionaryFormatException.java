package org.harmledger.actors;

/**
 * An ActorDictionaryFormatException says that an actor dictionary file is malformed, naming the
 * file, the actor when there is one, and the reason: {@code actors-syria.json: actor 'hts':
 * acled_category must be 0..8 but was 9}.
 */
public final class ActorDictionaryFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ActorDictionaryFormatException(String message) {
    super(message);
  }

  public ActorDictionaryFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
