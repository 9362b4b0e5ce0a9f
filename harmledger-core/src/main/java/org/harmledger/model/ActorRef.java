package org.harmledger.model;

/**
 * An ActorRef is a party named in a report: the dictionary id when the name was recognised
 * ({@code actorId} null otherwise), the display name, and the words of the report that named it.
 */
public record ActorRef(String actorId, String name, String text, Span span) {}
