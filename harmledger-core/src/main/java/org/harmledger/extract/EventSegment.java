package org.harmledger.extract;

import java.util.List;
import java.util.Objects;
import org.harmledger.model.DateRef;
import org.harmledger.model.PlaceRef;
import org.harmledger.model.Span;

/**
 * An EventSegment is the part of a text that speaks of one event: its type and trigger (null for a
 * generic event read only from casualty figures), the sentences that belong to it, the date and
 * place they give, its casualty figures, any words saying the toll may rise, and whether the
 * attack is first told inside an accusation, a denial or an acknowledgement ("accused Israel of
 * ... Tuesday's strike", "the Coalition assessed that a strike ..."), which makes the statement,
 * not the attack, what the passage is about; and the date of the telling, when a sentence of it
 * gives one ("the Pentagon said on Monday"), else null.
 */
public record EventSegment(
    EventType type,
    EventMention trigger,
    List<Integer> sentences,
    DateRef date,
    PlaceRef place,
    List<CasualtyMention> casualties,
    List<Span> tollRises,
    boolean alleged,
    DateRef toldOn) {

  public EventSegment {
    Objects.requireNonNull(type, "type");
    sentences = List.copyOf(sentences);
    casualties = List.copyOf(casualties);
    tollRises = List.copyOf(tollRises);
  }

  public int firstSentence() {
    return sentences.isEmpty() ? Integer.MAX_VALUE : sentences.get(0);
  }
}
