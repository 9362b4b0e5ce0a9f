package org.harmledger.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.harmledger.actors.ActorDictionary;
import org.harmledger.actors.ActorMention;
import org.harmledger.actors.ActorType;
import org.harmledger.model.ActorRef;
import org.harmledger.model.Span;

/**
 * ActorRoleFinder is the stage that finds who did it and who says so. Actors come from the
 * dictionary; the words around each give its role: "carried out by X", "X warplanes", "X-led",
 * "condemned X", "accused X" make a perpetrator; "according to X", "X said", "X condemned" make a
 * claimant, and so does a speech verb a few words on ("Doctors in Idlib province said") when no
 * perpetrator cue holds. An armed actor that "said it struck" is both (a past-tense report; "says
 * it targets only militants" is a standing claim), and so is one that
 * assesses its own strikes ("the Coalition assessed that a strike ..."). The party a demand is addressed
 * to ("called on the Security Council") and the party an attack is aimed at ("struck ISIS
 * fighters", "against ISIS targets") play neither role. Without a cue, armed actors are weak
 * perpetrators and everyone else but civilians a weak claimant. Unnamed sources ("activists
 * said") are claimants without a dictionary id. A text nobody is cited in, told in the first
 * person ("I was in the field when ..."), is a witness's own account.
 */
public final class ActorRoleFinder implements MentionFinder<RoleMention> {
  private static final int LOOK_BEHIND = 60;
  private static final Set<ActorType> ARMED = EnumSet.of(ActorType.STATE_FORCES, ActorType.FOREIGN_STATE_FORCES,
      ActorType.COALITION, ActorType.NON_STATE_ARMED_GROUP);
  /** Everyone who is neither armed nor a civilian speaks rather than acts: governments, monitors, media, agencies. */
  private static final Set<ActorType> SPEAKERS = speakers();

  private final ActorDictionary dictionary;
  private final Pattern claimantAfter;
  private final Pattern claimantAfterWords;
  private final GuardedPattern claimantBefore;
  private final Pattern perpetratorAfter;
  private final GuardedPattern perpetratorBefore;
  private final GuardedPattern targetBefore;
  private final GuardedPattern protested;
  private final Pattern selfReport;
  private final Pattern selfAssessment;
  private final GuardedPattern addressedBefore;
  private final GuardedPattern attackedBefore;
  private final Pattern unnamedSaid;
  private final Pattern unnamedAccording;
  private final Gate sourceGate;
  private final Gate accordingGate;
  private final Pattern firstPerson;
  private final ActorRef witness;

  public ActorRoleFinder(RuleSet ruleSet, ActorDictionary dictionary) {
    ActorRules r = ruleSet.actors();
    this.dictionary = dictionary;
    List<String> speech = new ArrayList<>(r.claimantAfter());
    List<String> statements = new ArrayList<>();
    List<String> targeting = new ArrayList<>();
    List<String> addressing = new ArrayList<>();
    for (EventType t : ruleSet.eventTypes()) {
      if (t.isStatement()) {
        statements.addAll(t.triggers());
      }
      if (t.id().equals("statement.condemnation") || t.id().equals("statement.accusation")) {
        targeting.addAll(t.triggers());
      }
      if (t.id().equals("statement.demand")) {
        addressing.addAll(t.triggers());
      }
    }
    speech.addAll(statements);
    int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    String quote = "[\"“”'’]?";
    this.claimantAfter = Pattern.compile(quote + "(?:['’]s\\s+(?:\\p{L}+\\s+){0,2}(?:letters?|statement|report|spokesman|spokesperson)"
        + "|(?:\\s*,[^,.;]{0,60},)?\\s*(?:(?:has|have|had|also|on|in)\\s+)?" + dateAdverb(ruleSet.dates())
        + Phrases.alternation(speech) + ")", flags);
    this.claimantAfterWords = Pattern.compile("(?:['’]s)?(?:\\s+[\\p{L}'’-]+){1,5}?\\s+" + Phrases.alternation(r.claimantAfter()),
        flags);
    this.addressedBefore = new GuardedPattern(Pattern.compile(Phrases.alternation(addressing)
        + "\\s+(?:that\\s+)?(?:the\\s+)?$", flags), addressing);
    this.claimantBefore = new GuardedPattern(Pattern.compile(Phrases.alternation(r.claimantBefore())
        + "\\s+(?:the\\s+)?" + quote + "$", flags), r.claimantBefore());
    this.perpetratorAfter = Pattern.compile(quote + "\\s*(?:" + String.join("|", escaped(r.perpetratorAfter())) + ")(?![\\p{L}])", flags);
    this.perpetratorBefore = new GuardedPattern(Pattern.compile(Phrases.alternation(r.perpetratorBefore())
        + "\\s+(?:the\\s+)?[^.,;:]{0,20}$", flags), r.perpetratorBefore());
    this.selfReport = Pattern.compile(quote + "(?:\\s*,[^,.;]{0,60},)?\\s*" + Phrases.alternation(r.selfReportVerbs())
        + "(?:\\s+on\\s+\\p{L}+)?\\s+(?:that\\s+)?(?:it|they|its\\s+\\p{L}+)(?![\\p{L}])", flags);
    this.selfAssessment = Pattern.compile("\\s+" + Phrases.alternation(r.selfAssessmentCues()), flags);
    this.targetBefore = new GuardedPattern(Pattern.compile(Phrases.alternation(targeting)
        + "\\s+(?:the\\s+)?[^.,;:]{0,40}$", flags), targeting);
    this.protested = new GuardedPattern(Pattern.compile(Phrases.alternation(r.protestBefore())
        + "\\s+(?:the\\s+|an?\\s+)?[\"“”'’]?$", flags), r.protestBefore());
    // "fire at the fighters of X": a group named through its members is still what the attack was aimed at
    List<String> membersOf = r.perpetratorBefore().stream().filter(c -> c.endsWith(" of")).toList();
    this.attackedBefore = new GuardedPattern(Pattern.compile(Phrases.alternation(r.targetBefore())
        + "\\s+(?:the\\s+|an?\\s+)?(?:" + Phrases.alternation(membersOf) + "\\s+(?:the\\s+)?)?[\"“”'’]?$", flags),
        r.targetBefore());
    String sources = "(" + Phrases.alternation(r.unnamedSources()) + ")";
    this.unnamedSaid = Pattern.compile(sources + "\\s+" + Phrases.alternation(r.claimantAfter()), flags);
    this.unnamedAccording = Pattern.compile(Phrases.alternation(r.claimantBefore()) + "\\s+" + sources, flags);
    this.sourceGate = Gate.of(r.unnamedSources());
    this.accordingGate = Gate.of(r.claimantBefore());
    this.firstPerson = Pattern.compile(Phrases.alternation(r.firstPersonCues()));
    this.witness = dictionary.byId(r.firstPersonSpeaker())
        .map(a -> new ActorRef(a.id(), a.name(), null, null))
        .orElse(new ActorRef(null, r.firstPersonSpeaker(), null, null));
  }

  /**
   * An optional date between a speaker and its verb ("The ministry on Wednesday accused",
   * "condemned on 7 November 2017"): a weekday, a day and month, or "yesterday"/"today".
   */
  private static String dateAdverb(DateRules d) {
    String month = Phrases.alternation(d.months().keySet()) + "\\.?";
    return "(?:(?:(?:late\\s+|early\\s+)?on\\s+)?(?:" + Phrases.alternation(d.weekdays().keySet())
        + "|\\d{1,2}\\s+" + month + "(?:\\s+\\d{4})?|" + month + "\\s+\\d{1,2}(?:,?\\s+\\d{4})?|"
        + Phrases.alternation(d.yesterday()) + "|" + Phrases.alternation(d.today()) + ")\\s+)?";
  }

  private static Set<ActorType> speakers() {
    Set<ActorType> speakers = EnumSet.complementOf(EnumSet.copyOf(ARMED));
    speakers.remove(ActorType.CIVILIANS);
    return speakers;
  }

  private static List<String> escaped(List<String> cues) {
    List<String> out = new ArrayList<>();
    for (String c : cues) {
      out.add(Pattern.quote(c).replace(" ", "\\E\\s+\\Q"));
    }
    out.sort(Comparator.comparingInt(String::length).reversed());
    return out;
  }

  @Override
  public List<RoleMention> find(AnalyzedText analyzed) {
    String text = analyzed.text();
    Words words = analyzed.words();
    List<RoleMention> found = new ArrayList<>();
    // One matcher per cue for the whole text: setting a region resets it, and making one is dear for long alternations.
    Matcher assessing = selfAssessment.matcher(text);
    Matcher claiming = claimantAfter.matcher(text);
    Matcher reporting = selfReport.matcher(text);
    Matcher perpetrating = perpetratorAfter.matcher(text);
    Matcher saying = claimantAfterWords.matcher(text);
    for (ActorMention m : dictionary.findMentions(analyzed.words().runs())) {
      int sentence = analyzed.sentenceAt(m.span().start());
      if (sentence < 0) {
        continue;
      }
      Span s = analyzed.sentences().get(sentence);
      int before = Math.max(s.start(), m.span().start() - LOOK_BEHIND);
      int after = Math.min(s.end(), m.span().end());
      ActorRef ref = new ActorRef(m.actor().id(), m.actor().name(), m.text(), m.span());
      int at = m.span().start();
      if (addressedBefore.finds(text, words, before, at)
          || (attackedBefore.finds(text, words, before, at) && !protested.finds(text, words, before, at))) {
        continue;
      }
      boolean assesses = ARMED.contains(m.actor().type()) && assessing.region(after, s.end()).lookingAt();
      if (assesses || claimantBefore.finds(text, words, before, at)
          || claiming.region(after, s.end()).lookingAt()) {
        found.add(new RoleMention(ActorRole.CLAIMANT, true, ref));
        if (assesses || (ARMED.contains(m.actor().type()) && reporting.region(after, s.end()).lookingAt())) {
          found.add(new RoleMention(ActorRole.PERPETRATOR, true, ref));
        }
      } else if (m.actor().type() != ActorType.CIVILIANS && (perpetratorBefore.finds(text, words, before, at)
          || perpetrating.region(after, s.end()).lookingAt()
          || targetBefore.finds(text, words, before, at))) {
        found.add(new RoleMention(ActorRole.PERPETRATOR, true, ref));
      } else if (saying.region(after, s.end()).lookingAt()) {
        found.add(new RoleMention(ActorRole.CLAIMANT, true, ref));
      } else if (ARMED.contains(m.actor().type())) {
        found.add(new RoleMention(ActorRole.PERPETRATOR, false, ref));
      } else if (SPEAKERS.contains(m.actor().type())) {
        found.add(new RoleMention(ActorRole.CLAIMANT, false, ref));
      }
    }
    unnamed(analyzed, sourceGate, unnamedSaid, found);
    unnamed(analyzed, accordingGate, unnamedAccording, found);
    if (found.stream().noneMatch(f -> f.role() == ActorRole.CLAIMANT && f.strong())) {
      Matcher first = firstPerson.matcher(text);
      if (first.find()) {
        Span span = new Span(first.start(), first.end());
        found.add(new RoleMention(ActorRole.CLAIMANT, true, new ActorRef(witness.actorId(), witness.name(), first.group(), span)));
      }
    }
    found.sort(Comparator.comparingInt(r -> r.span().start()));
    return found;
  }

  private static void unnamed(AnalyzedText analyzed, Gate gate, Pattern pattern, List<RoleMention> found) {
    String text = analyzed.text();
    gate.scan(pattern, text, analyzed.words(), 0, text.length(), m -> {
      Span span = new Span(m.start(1), m.end(1));
      if (found.stream().noneMatch(f -> f.span().overlaps(span))) {
        found.add(new RoleMention(ActorRole.CLAIMANT, true, new ActorRef(null, m.group(1), m.group(1), span)));
      }
    });
  }
}
