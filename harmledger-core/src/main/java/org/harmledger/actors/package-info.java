/**
 * Actor dictionaries: the parties to conflicts and the sources that speak about them, with the
 * aliases by which reports name them.
 *
 * <p>{@link org.harmledger.actors.ActorDictionary#loadDefault()} serves the dictionaries listed in
 * {@code src/main/resources/org/harmledger/actors/default-dictionaries.txt}: {@code
 * actors-common.json} (international parties, media, generic sources), {@code actors-syria.json}
 * and {@code actors-iraq.json}. A dictionary for another conflict is one more file in the same
 * format (see {@link org.harmledger.actors.ActorDictionary#load(java.nio.file.Path...)}); actor
 * ids are stable, since labelled data and stored incidents refer to them.
 */
package org.harmledger.actors;
