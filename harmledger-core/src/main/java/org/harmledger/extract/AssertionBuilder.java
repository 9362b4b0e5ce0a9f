package org.harmledger.extract;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.harmledger.model.ActorRef;
import org.harmledger.model.Assertion;
import org.harmledger.model.Casualties;
import org.harmledger.model.CasualtyCategory;
import org.harmledger.model.Count;
import org.harmledger.model.Evidence;
import org.harmledger.model.Span;

/**
 * AssertionBuilder turns one EventSegment into an Assertion with an Evidence entry for every field
 * it fills. Perpetrator: the first cued perpetrator in the segment, else an armed actor named
 * there; a statement's perpetrator is the party it targets, else the perpetrator of the attack it
 * follows. Claimant: the first cued claimant in the segment (for a statement, any speaker named
 * there or the previous statement's speaker), else the first cued claimant in the whole text,
 * else the publisher. Figures: a death-toll update wins, otherwise the highest figure per category; with
 * civilians but no total, the total is the civilians. Statements carry no figures.
 */
public final class AssertionBuilder {

  /**
   * What the builder needs besides the segment: the text, all role mentions, the publisher as
   * claimant, the perpetrator of the attack a statement follows, and the speaker of the statement
   * before (who goes on speaking: "The ministry also demanded ...").
   */
  public record Context(AnalyzedText analyzed, List<RoleMention> roles, ActorRef publisher, ActorRef previousPerpetrator,
      ActorRef previousSpeaker) {}

  public Assertion build(EventSegment segment, Context ctx, boolean primary) {
    List<Evidence> evidence = new ArrayList<>();
    String text = ctx.analyzed().text();
    if (segment.trigger() != null) {
      evidence.add(evidence("event_type", segment.trigger().span(), text));
    }
    if (segment.date() != null) {
      evidence.add(evidence("date", segment.date().span(), text));
    }
    if (segment.place() != null) {
      evidence.add(evidence("place", segment.place().span(), text));
    }
    ActorRef perpetrator = role(segment, ctx, ActorRole.PERPETRATOR, true);
    if (perpetrator == null) {
      perpetrator = segment.type().isStatement() ? ctx.previousPerpetrator() : role(segment, ctx, ActorRole.PERPETRATOR, false);
    }
    ActorRef claimant = role(segment, ctx, ActorRole.CLAIMANT, true);
    if (claimant == null && segment.type().isStatement()) {
      claimant = role(segment, ctx, ActorRole.CLAIMANT, false);
      claimant = claimant == null ? ctx.previousSpeaker() : claimant;
    }
    if (claimant == null) {
      claimant = anywhere(ctx.roles());
    }
    if (claimant == null) {
      claimant = ctx.publisher();
    }
    if (perpetrator != null && perpetrator.span() != null) {
      evidence.add(evidence("perpetrator", perpetrator.span(), text));
    }
    if (claimant != null && claimant.span() != null) {
      evidence.add(evidence("claimant", claimant.span(), text));
    }
    Map<Outcome, Casualties> figures = new EnumMap<>(Outcome.class);
    for (Outcome o : Outcome.values()) {
      figures.put(o, segment.type().isStatement() ? Casualties.none() : tally(segment.casualties(), o, text, evidence));
    }
    boolean mayRise = !segment.type().isStatement() && !segment.tollRises().isEmpty();
    if (mayRise) {
      evidence.add(evidence("toll_may_rise", segment.tollRises().get(0), text));
    }
    return new Assertion(primary, segment.type().id(), segment.date(), segment.place(), perpetrator, claimant,
        figures.get(Outcome.KILLED), figures.get(Outcome.INJURED), figures.get(Outcome.MISSING), mayRise, evidence);
  }

  private static ActorRef role(EventSegment segment, Context ctx, ActorRole role, boolean strong) {
    for (RoleMention r : ctx.roles()) {
      int sentence = ctx.analyzed().sentenceAt(r.span().start());
      if (r.role() == role && r.strong() == strong && segment.sentences().contains(sentence)) {
        return r.actor();
      }
    }
    return null;
  }

  private static ActorRef anywhere(List<RoleMention> roles) {
    for (RoleMention r : roles) {
      if (r.role() == ActorRole.CLAIMANT && r.strong()) {
        return r.actor();
      }
    }
    return null;
  }

  private static Casualties tally(List<CasualtyMention> mentions, Outcome outcome, String text, List<Evidence> evidence) {
    Map<CasualtyCategory, CasualtyMention> chosen = new EnumMap<>(CasualtyCategory.class);
    for (CasualtyMention m : mentions) {
      if (m.outcome() != outcome) {
        continue;
      }
      CasualtyMention old = chosen.get(m.category());
      if (old == null || (m.tollUpdate() && !old.tollUpdate()) || (m.tollUpdate() == old.tollUpdate() && higher(m.count(), old.count()))) {
        chosen.put(m.category(), m);
      }
    }
    if (!chosen.containsKey(CasualtyCategory.TOTAL) && chosen.containsKey(CasualtyCategory.CIVILIANS)) {
      chosen.put(CasualtyCategory.TOTAL, chosen.get(CasualtyCategory.CIVILIANS));
    }
    Map<CasualtyCategory, Count> counts = new EnumMap<>(CasualtyCategory.class);
    for (Map.Entry<CasualtyCategory, CasualtyMention> e : chosen.entrySet()) {
      counts.put(e.getKey(), e.getValue().count());
      evidence.add(evidence(outcome.code() + "." + e.getKey().code(), e.getValue().span(), text));
    }
    return new Casualties(counts);
  }

  private static boolean higher(Count a, Count b) {
    return a.min() > b.min() || (a.min() == b.min() && a.max() != null && b.max() != null && a.max() > b.max());
  }

  private static Evidence evidence(String field, Span span, String text) {
    return new Evidence(field, span, span.coveredText(text));
  }
}
