package org.harmledger.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.harmledger.gazetteer.PlaceNames;
import org.harmledger.model.DateRef;
import org.harmledger.model.PlaceRef;
import org.harmledger.model.Span;

/**
 * EventSegmenter cuts a text into EventSegments, sentence by sentence. The strongest attack trigger
 * of a sentence opens a new segment unless an earlier segment of the same type has a compatible
 * date and place (then the sentence joins it); a sentence with only figures or a generic word
 * ("the attack") continues the current attack, so each figure stays with its own incident.
 * Figures and generic words before any attack wait for the first one, when its date and place
 * agree with theirs, or form a generic event (typed by its first generic word: "raids" is an
 * airstrike, "the attack" an attack, "rockets" shelling) when none comes, dated and placed like an
 * attack by the sentences around them.
 * Statement triggers open statement segments, which never take figures. A date said of the
 * telling ("the Observatory said on Friday") is not the event's; an attack without a date of its
 * own takes the last event date written before it ("Two incidents were documented on Thursday. In
 * Hajin, a strike ..."), and a date-only sentence dates the attack it follows ("That was on
 * Monday."); places carry over the same way ("Location: Hajin."). An attack the text places
 * nowhere takes the place its headline names ("a witness from the Maarat al-Numan market"), unless
 * the text only alleges it, else the place of the dateline, which is only where the story was
 * filed; one placed only in a governorate takes a town of that governorate the headline names. A
 * segment placed only in a governorate takes a village of that governorate a later sentence names.
 * After a device found or made safe, a sentence that only imagines harm ("the car bomb could have
 * killed scores") opens no event. Once an attack is being told, attack words of another type with no figures and no date or
 * place of their own only say more about it ("Three houses were destroyed"): they open no event.
 * An attack word in a sentence
 * that makes a statement ("accused government warplanes") is the attack already described, when
 * there is one. With none described before, it opens an event only when the sentence tells it as
 * one, with a date of its own or (unless the statement only alleges it) figures; "condemned the
 * recent air strikes on markets" is the object of the statement, not an event, and the sentence
 * only joins the first attack of that type told later ("condemning the crime of coalition
 * warplanes ... On Friday, airstrikes killed 20"), which it then names in the lead.
 */
public final class EventSegmenter {
  private final EventType generic;
  private final GuardedPattern speechBefore;
  private final TellingFilter filter;

  public EventSegmenter(RuleSet rules) {
    this.filter = new TellingFilter(rules);
    this.speechBefore = new GuardedPattern(java.util.regex.Pattern.compile(Phrases.alternation(rules.dates().tellingVerbs())
        + "(?:\\s+(?:on|late\\s+on|early\\s+on|in))?\\s*$", java.util.regex.Pattern.CASE_INSENSITIVE),
        rules.dates().tellingVerbs());
    this.generic = rules.eventTypes().stream().filter(EventType::generic).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("the taxonomy has no generic event type"));
  }

  /** A segment under construction. */
  private static final class Open {
    final EventType type;
    final EventMention trigger;
    final List<Integer> sentences = new ArrayList<>();
    final List<CasualtyMention> casualties = new ArrayList<>();
    final List<Span> rises = new ArrayList<>();
    DateRef date;
    PlaceRef place;
    boolean alleged;
    DateRef toldOn;

    Open(EventType type, EventMention trigger) {
      this.type = type;
      this.trigger = trigger;
    }

    void add(int sentence, SentenceFacts f, boolean takesFigures) {
      if (!sentences.contains(sentence)) {
        sentences.add(sentence);
      }
      date = date == null ? f.dateFor(this.trigger) : date;
      PlaceRef here = f.placeFor(this.trigger);
      place = place == null || finer(here, place) ? here : place;
      toldOn = toldOn == null && !f.reportDates.isEmpty() ? f.reportDates.get(0) : toldOn;
      if (takesFigures) {
        casualties.addAll(f.casualties);
        rises.addAll(f.rises);
      }
    }

    /**
     * A village of the governorate the segment is placed in so far: "countryside of Deir Ezzor ... al-Baghouz"; a
     * named village no gazetteer holds is already finer than the town it is placed beside.
     */
    private static boolean finer(PlaceRef here, PlaceRef place) {
      return here != null && place.geonamesId() != null && place.precision() >= 4 && here.precision() < place.precision()
          && place.admin1() != null
          && place.admin1().equals(here.admin1());
    }

    EventSegment close() {
      sentences.sort(Integer::compare);
      return new EventSegment(type, trigger, sentences, date, place, casualties, rises, alleged, toldOn);
    }
  }

  public List<EventSegment> segment(AnalyzedText text, Mentions mentions) {
    return segment(text, mentions, null);
  }

  /**
   * Segments a text whose headline names {@code headlinePlace} (may be null): an attack the body
   * places nowhere took place there, before the place of the dateline, where the story was filed.
   */
  public List<EventSegment> segment(AnalyzedText text, Mentions mentions, PlaceRef headlinePlace) {
    List<SentenceFacts> facts = SentenceFacts.of(text, mentions, speechBefore, filter);
    DateRef context = null;
    PlaceRef contextPlace = null;
    List<Open> segments = new ArrayList<>();
    List<Integer> pending = new ArrayList<>();
    DateRef waitingDate = null;
    PlaceRef waitingPlace = null;
    Map<Integer, String> named = new LinkedHashMap<>();
    Open current = null;
    boolean foiledBefore = false;
    for (int i = 0; i < facts.size(); i++) {
      SentenceFacts f = facts.get(i);
      if (f.imagined && foiledBefore) {
        f.attack = null;
        f.genericAttack = null;
      }
      foiledBefore |= f.foiled;
      boolean alleged = f.statements.stream().anyMatch(s -> s.type().allegation());
      boolean told = f.attack != null && !f.statements.isEmpty();
      if (told && current != null) {
        current.add(i, f, true);
      } else if (told && !described(f, alleged)) {
        f.casualties.clear();
        if (!alleged) {
          named.put(i, f.attack.type().id());
        }
        f.attack = null;
      } else if (f.attack != null && elaborates(current, f)) {
        f.attack = null;
      } else if (f.attack != null) {
        Open c = compatible(segments, f.attack.type(), f.dateFor(f.attack), f.placeFor(f.attack), true);
        boolean fresh = c == null;
        if (c == null) {
          c = new Open(f.attack.type(), f.attack);
          if (segments.stream().noneMatch(s -> !s.type.isStatement()) && fits(facts, pending, f.dateFor(f.attack),
              f.placeFor(f.attack))) {
            for (int p : pending) {
              c.add(p, facts.get(p), true);
            }
            pending.clear();
          }
          c.alleged = told && (alleged || f.statements.stream().anyMatch(st -> st.type().speakerIsParty()));
          segments.add(c);
        }
        if (c.date == null && fresh && f.dateFor(f.attack) == null) {
          c.date = context;
        }
        if (c.place == null && fresh && f.placeFor(f.attack) == null) {
          c.place = contextPlace;
        }
        c.add(i, f, true);
        current = c;
      } else if (!f.casualties.isEmpty() || !f.rises.isEmpty() || f.genericAttack != null) {
        if (current != null) {
          current.add(i, f, true);
        } else if (!f.casualties.isEmpty() || (!f.rises.isEmpty() && !pending.isEmpty())
            || (f.genericAttack != null && f.statements.isEmpty())) {
          if (pending.isEmpty()) {
            waitingDate = context;
            waitingPlace = contextPlace;
          }
          pending.add(i);
        }
      }
      if (f.attack == null && f.statements.isEmpty() && current != null) {
        current.date = current.date == null ? f.eventDate() : current.date;
        current.place = current.place == null ? f.placeFor(null) : current.place;
      }
      if (f.statements.isEmpty()) {
        context = f.eventDate() != null ? f.eventDate() : context;
        contextPlace = f.placeFor(null) != null ? f.placeFor(null) : contextPlace;
      }
      for (EventMention statement : f.statements) {
        Open s = compatible(segments, statement.type(), f.dateFor(statement), null, false);
        if (s == null) {
          s = new Open(statement.type(), statement);
          segments.add(s);
        }
        s.add(i, f, false);
      }
    }
    if (!pending.isEmpty()) {
      EventMention word = pending.stream().map(p -> facts.get(p).genericAttack).filter(Objects::nonNull).findFirst()
          .orElse(null);
      Open g = new Open(word == null ? generic : word.type(), word);
      pending.forEach(p -> g.add(p, facts.get(p), true));
      for (int i = pending.get(0); i <= pending.get(pending.size() - 1) && (g.date == null || g.place == null); i++) {
        if (facts.get(i).statements.isEmpty()) {
          g.date = g.date == null ? facts.get(i).eventDate() : g.date;
          g.place = g.place == null ? facts.get(i).placeFor(null) : g.place;
        }
      }
      g.date = g.date == null ? waitingDate : g.date;
      g.place = g.place == null ? waitingPlace : g.place;
      segments.add(g);
    }
    PlaceRef filed = SentenceFacts.datelinePlace(text, mentions);
    for (Open s : segments) {
      if (!s.type.isStatement() && s.place == null) {
        s.place = headlinePlace != null && !s.alleged ? headlinePlace : filed;
      } else if (!s.type.isStatement() && !s.alleged && Open.finer(headlinePlace, s.place)) {
        s.place = headlinePlace;
      }
    }
    named.forEach((sentence, type) -> segments.stream().filter(s -> s.type.id().equals(type)).findFirst()
        .ifPresent(s -> s.sentences.add(sentence)));
    List<EventSegment> closed = new ArrayList<>();
    segments.forEach(s -> closed.add(s.close()));
    closed.sort(java.util.Comparator.comparingInt(EventSegment::firstSentence)
        .thenComparingInt(s -> s.trigger() == null ? Integer.MAX_VALUE : s.trigger().span().start()));
    return closed;
  }

  /**
   * Whether a sentence's attack words only say more about the attack being told: another type, no
   * figures, and no date or place other than its own ("Three houses were destroyed", "civilians were
   * killed during the fighting on Friday", "Now the army says Daesh blew up the house" after an air
   * strike).
   */
  private static boolean elaborates(Open current, SentenceFacts f) {
    return current != null && f.casualties.isEmpty() && !current.type.id().equals(f.attack.type().id())
        && (f.dateFor(f.attack) == null || sameDate(current.date, f.dateFor(f.attack)))
        && (f.placeFor(f.attack) == null || samePlace(current.place, f.placeFor(f.attack)));
  }

  /**
   * Whether the attack a statement sentence speaks of is told as an event of its own: an alleged
   * attack needs a date beside its words ("including Tuesday's strike near Balad"), any other a date
   * of its own or figures ("condemned the strike that killed 20").
   */
  private static boolean described(SentenceFacts f, boolean alleged) {
    if (alleged) {
      return f.dateBeside(f.attack) != null || f.dateBeside(f.genericAttack) != null;
    }
    return f.dateFor(f.attack) != null || !f.casualties.isEmpty();
  }

  /** Whether the figures and generic words waiting for an attack may be its: their date and place agree with it. */
  private static boolean fits(List<SentenceFacts> facts, List<Integer> pending, DateRef date, PlaceRef place) {
    for (int p : pending) {
      SentenceFacts f = facts.get(p);
      if (!sameDate(f.eventDate(), date) || !samePlace(f.placeFor(null), place)) {
        return false;
      }
    }
    return true;
  }

  private static Open compatible(List<Open> segments, EventType type, DateRef date, PlaceRef place, boolean checkPlace) {
    for (int i = segments.size() - 1; i >= 0; i--) {
      Open s = segments.get(i);
      if (s.type.id().equals(type.id()) && sameDate(s.date, date) && (!checkPlace || samePlace(s.place, place))) {
        return s;
      }
    }
    return null;
  }

  private static boolean sameDate(DateRef a, DateRef b) {
    return a == null || b == null || !a.isResolved() || !b.isResolved()
        || (Objects.equals(a.start(), b.start()) && Objects.equals(a.end(), b.end()));
  }

  /** Whether two places may be one: a name no gazetteer holds and no area places contradicts nothing ("the Karrada district"). */
  private static boolean samePlace(PlaceRef a, PlaceRef b) {
    if (a == null || b == null || unplaced(a) || unplaced(b)) {
      return true;
    }
    if (a.geonamesId() != null && a.geonamesId().equals(b.geonamesId())) {
      return true;
    }
    if (a.name() != null && b.name() != null && PlaceNames.key(a.name()).equals(PlaceNames.key(b.name()))) {
      return true;
    }
    return a.admin1() != null && a.admin1().equals(b.admin1()) && (a.precision() >= 4 || b.precision() >= 4);
  }

  private static boolean unplaced(PlaceRef p) {
    return p.geonamesId() == null && p.admin1() == null;
  }
}
