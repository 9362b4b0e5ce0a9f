package org.harmledger.extract;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.harmledger.model.ActorRef;
import org.harmledger.model.Assertion;
import org.harmledger.model.Casualties;
import org.harmledger.model.CasualtyCategory;
import org.harmledger.model.Count;
import org.harmledger.model.DateRef;
import org.harmledger.model.Evidence;
import org.harmledger.model.PlaceRef;
import org.harmledger.model.Span;

/**
 * AssertionBuilder turns one EventSegment into an Assertion with an Evidence entry for every field
 * it fills. Perpetrator: the first cued perpetrator in the segment, else an armed actor named
 * there, never one named among the casualties ("killed 2 SDF fighters", "4 fighters of HTS"); a
 * statement's perpetrator is the party it targets, else for a denial or acknowledgement its named
 * speaker, else the perpetrator of the attack it follows, else (with no attack told) an armed actor
 * its sentences name; its place, when it names none, is that attack's place. Claimant: the first
 * cued claimant in the segment (for a statement, any speaker named there or the previous
 * statement's speaker, whose date it then shares when it gives none), else the first cued claimant
 * in the whole text, else the publisher. Figures: within a sentence distinct figures of a category
 * add up; across sentences a death-toll update wins, otherwise the highest; with no stated total,
 * the total is civilians plus combatants (or men, women and children when neither is given).
 * Statements carry no figures. A generic attack with combatants among its casualties takes the type
 * the taxonomy names for that (a clash); a clash has a perpetrator only when the text says that
 * party attacked. An attack a dated report gives no date for (and does not only allege) has an unresolved
 * date (no text, no span);
 * with no publication date either, it has none. An attack told as by "the same aircraft" has the perpetrator of the attack before it.
 */
public final class AssertionBuilder {
  private final Set<String> attackerOnly;
  private final Pattern attackerAfter;
  private final GuardedPattern attackerBefore;
  private final Pattern sameBefore;

  /** A builder with the clash types and attacker cues of these rules. */
  public AssertionBuilder(RuleSet rules) {
    this.attackerOnly = rules.eventTypes().stream().filter(EventType::attackerOnly).map(EventType::id)
        .collect(java.util.stream.Collectors.toUnmodifiableSet());
    this.attackerAfter = Pattern.compile("[\\p{L}\\s'’-]{0,50}?\\s" + Phrases.alternation(rules.actors().attackerCues()),
        Pattern.CASE_INSENSITIVE);
    this.sameBefore = Pattern.compile(Phrases.alternation(rules.actors().sameAttackerBefore()) + "\\s+$",
        Pattern.CASE_INSENSITIVE);
    this.attackerBefore = new GuardedPattern(Pattern.compile(Phrases.alternation(rules.actors().attackerBefore())
        + "\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE), rules.actors().attackerBefore());
  }
  /**
   * What may stand between a casualty figure and the party its people belong to: "4 fighters of
   * HTS", or nothing but a space when the party names the people ("killed 5 peshmerga fighters").
   */
  private static final Pattern MEMBERS_OF = Pattern.compile("\\s+(?:of\\s+(?:the\\s+)?)?");

  /**
   * What the builder needs besides the segment: the text, all role mentions, the publisher as
   * claimant, the attack a statement follows (null when none), and the statement before (whose
   * speaker goes on speaking: "The ministry also demanded ..."; null when none).
   */
  public record Context(AnalyzedText analyzed, List<RoleMention> roles, ActorRef publisher, Assertion previousAttack,
      Assertion previousStatement) {}

  public Assertion build(EventSegment segment, Context ctx, boolean primary) {
    List<Evidence> evidence = new ArrayList<>();
    String text = ctx.analyzed().text();
    if (segment.trigger() != null) {
      evidence.add(evidence("event_type", segment.trigger().span(), text));
    }
    boolean statement = segment.type().isStatement();
    List<Evidence> figureEvidence = new ArrayList<>();
    Map<Outcome, Casualties> figures = new EnumMap<>(Outcome.class);
    for (Outcome o : Outcome.values()) {
      figures.put(o, statement ? Casualties.none() : tally(segment.casualties(), o, ctx.analyzed(), figureEvidence));
    }
    String type = segment.type().id();
    if (segment.type().withCombatants() != null && (figures.get(Outcome.KILLED).get(CasualtyCategory.COMBATANTS) != null
        || figures.get(Outcome.INJURED).get(CasualtyCategory.COMBATANTS) != null)) {
      type = segment.type().withCombatants();
    } else if (segment.type().withoutCombatants() != null && figures.get(Outcome.KILLED).get(CasualtyCategory.TOTAL) != null) {
      type = segment.type().withoutCombatants();
    } else if (segment.type().withMissingOnly() != null && figures.get(Outcome.MISSING).get(CasualtyCategory.TOTAL) != null
        && figures.get(Outcome.KILLED).get(CasualtyCategory.TOTAL) == null
        && figures.get(Outcome.INJURED).get(CasualtyCategory.TOTAL) == null) {
      type = segment.type().withMissingOnly();
    }
    Assertion attack = ctx.previousAttack();
    Assertion before = ctx.previousStatement();
    ActorRef perpetrator = role(segment, ctx, ActorRole.PERPETRATOR, true);
    ActorRef claimant = role(segment, ctx, ActorRole.CLAIMANT, true);
    if (perpetrator == null && segment.type().speakerIsParty() && claimant != null && claimant.actorId() != null) {
      perpetrator = claimant;
    }
    if (perpetrator == null) {
      perpetrator = !statement || attack == null ? role(segment, ctx, ActorRole.PERPETRATOR, false) : attack.perpetrator();
    }
    if (perpetrator == null && !statement && attack != null && sameAsBefore(segment, text)) {
      perpetrator = attack.perpetrator();
    }
    if (perpetrator != null && attackerOnly.contains(type) && !saidToAttack(perpetrator, ctx.analyzed())) {
      perpetrator = null;
    }
    DateRef date = segment.date();
    if (claimant == null && statement) {
      claimant = role(segment, ctx, ActorRole.CLAIMANT, false);
      if (claimant == null && before != null && before.claimant() != null && before.claimant().span() != null) {
        claimant = before.claimant();
        date = date == null ? before.date() : date;
      }
    }
    if (date == null && !statement && !segment.alleged() && ctx.analyzed().published() != null) {
      // A dated report that does not say when the attack happened: known to have happened, when unresolved.
      date = DateRef.unresolved(null, null);
    }
    PlaceRef place = segment.place() == null && statement && attack != null ? attack.place() : segment.place();
    if (date != null && date.span() != null) {
      evidence.add(evidence("date", date.span(), text));
    }
    if (place != null && place.span() != null) {
      evidence.add(evidence("place", place.span(), text));
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

    evidence.addAll(figureEvidence);
    boolean mayRise = !segment.type().isStatement() && !segment.tollRises().isEmpty();
    if (mayRise) {
      evidence.add(evidence("toll_may_rise", segment.tollRises().get(0), text));
    }

    return new Assertion(primary, type, date, place, perpetrator, claimant,
        figures.get(Outcome.KILLED), figures.get(Outcome.INJURED), figures.get(Outcome.MISSING), mayRise, evidence);
  }

  private static ActorRef role(EventSegment segment, Context ctx, ActorRole role, boolean strong) {
    for (RoleMention r : ctx.roles()) {
      int sentence = ctx.analyzed().sentenceAt(r.span().start());
      if (r.role() == role && r.strong() == strong && segment.sentences().contains(sentence)
          && !(role == ActorRole.PERPETRATOR && victim(r.span(), segment, ctx.analyzed().text()))) {
        return r.actor();
      }
    }
    return null;
  }

  /** Whether the attack's words say it was the attacker of the attack before: "the same aircraft struck". */
  private boolean sameAsBefore(EventSegment segment, String text) {
    Span t = segment.trigger() == null ? null : segment.trigger().span();
    return t != null && sameBefore.matcher(text).region(Math.max(0, t.start() - 20), t.start()).find();
  }

  /** Whether the text says this party attacked: "ISIS fighters stormed", "an attack by Daesh remnants". */
  private boolean saidToAttack(ActorRef actor, AnalyzedText analyzed) {
    if (actor.span() == null) {
      return false;
    }
    Span sentence = analyzed.sentences().get(analyzed.sentenceAt(actor.span().start()));
    return attackerAfter.matcher(analyzed.text()).region(actor.span().end(), sentence.end()).lookingAt()
        || attackerBefore.finds(analyzed.text(), analyzed.words(), Math.max(sentence.start(), actor.span().start() - 30),
            actor.span().start());
  }

  /** Whether the actor is named among the casualties: "killed 2 SDF fighters", "4 fighters of HTS", "killed 5 peshmerga". */
  private static boolean victim(Span actor, EventSegment segment, String text) {
    for (CasualtyMention c : segment.casualties()) {
      if (!c.tollUpdate() && (c.span().overlaps(actor) || (actor.start() >= c.span().end()
          && MEMBERS_OF.matcher(text).region(c.span().end(), actor.start()).matches()))) {
        return true;
      }
    }
    return false;
  }

  private static ActorRef anywhere(List<RoleMention> roles) {
    for (RoleMention r : roles) {
      if (r.role() == ActorRole.CLAIMANT && r.strong()) {
        return r.actor();
      }
    }
    return null;
  }

  /** A figure for one category: its count, the text it rests on, and whether it updates a toll. */
  private record Figure(Count count, Span span, boolean tollUpdate) {
    Figure plus(Figure o) {
      Long max = count.max() == null || o.count.max() == null ? null : count.max() + o.count.max();
      return new Figure(new Count(count.min() + o.count.min(), max, count.vague() || o.count.vague()), span.union(o.span),
          tollUpdate || o.tollUpdate);
    }
  }

  /**
   * Figures of one outcome. Within a sentence, distinct figures of one category add up ("14
   * soldiers and 19 jihadists"); across sentences a toll update wins, else the highest. Without a
   * stated total, the total is civilians plus combatants, or with neither, men, women and children
   * added up ("executed six men": 6).
   */
  private static Casualties tally(List<CasualtyMention> mentions, Outcome outcome, AnalyzedText text, List<Evidence> evidence) {
    Map<String, Figure> bySentence = new java.util.LinkedHashMap<>();
    Set<String> seen = new java.util.HashSet<>();
    for (CasualtyMention m : mentions) {
      if (m.outcome() != outcome || !seen.add(m.category() + "@" + m.span().start())) {
        continue;
      }
      Figure f = new Figure(m.count(), m.span(), m.tollUpdate());
      bySentence.merge(text.sentenceAt(m.span().start()) + ":" + m.category(), f, Figure::plus);
    }
    Map<CasualtyCategory, Figure> chosen = new EnumMap<>(CasualtyCategory.class);
    for (Map.Entry<String, Figure> e : bySentence.entrySet()) {
      CasualtyCategory category = CasualtyCategory.valueOf(e.getKey().substring(e.getKey().indexOf(':') + 1));
      Figure f = e.getValue();
      Figure old = chosen.get(category);
      if (old == null || (f.tollUpdate() && !old.tollUpdate()) || (f.tollUpdate() == old.tollUpdate() && higher(f.count(), old.count()))) {
        chosen.put(category, f);
      }
    }
    if (!chosen.containsKey(CasualtyCategory.TOTAL)) {
      Figure civilians = chosen.get(CasualtyCategory.CIVILIANS);
      Figure combatants = chosen.get(CasualtyCategory.COMBATANTS);
      Figure total = civilians == null ? combatants : combatants == null ? civilians : civilians.plus(combatants);
      if (total == null) {
        total = sum(chosen.get(CasualtyCategory.MEN), chosen.get(CasualtyCategory.WOMEN), chosen.get(CasualtyCategory.CHILDREN));
      }
      if (total != null) {
        chosen.put(CasualtyCategory.TOTAL, total);
      }
    }
    Map<CasualtyCategory, Count> counts = new EnumMap<>(CasualtyCategory.class);
    for (Map.Entry<CasualtyCategory, Figure> e : chosen.entrySet()) {
      counts.put(e.getKey(), e.getValue().count());
      evidence.add(evidence(outcome.code() + "." + e.getKey().code(), e.getValue().span(), text.text()));
    }
    return new Casualties(counts);
  }

  /** The sum of the figures that exist, or null when none does. */
  private static Figure sum(Figure... figures) {
    Figure total = null;
    for (Figure f : figures) {
      total = f == null ? total : total == null ? f : total.plus(f);
    }
    return total;
  }

  private static boolean higher(Count a, Count b) {
    return a.min() > b.min() || (a.min() == b.min() && a.max() != null && b.max() != null && a.max() > b.max());
  }

  private static Evidence evidence(String field, Span span, String text) {
    return new Evidence(field, span, span.coveredText(text));
  }
}
