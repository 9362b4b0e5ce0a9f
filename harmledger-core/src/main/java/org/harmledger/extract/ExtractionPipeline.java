package org.harmledger.extract;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.harmledger.actors.Actor;
import org.harmledger.actors.ActorDictionary;
import org.harmledger.actors.ActorMention;
import org.harmledger.gazetteer.Gazetteer;
import org.harmledger.gazetteer.Place;
import org.harmledger.model.ActorRef;
import org.harmledger.model.Assertion;
import org.harmledger.model.DateRef;
import org.harmledger.model.Extraction;
import org.harmledger.model.PlaceRef;
import org.harmledger.model.PublishedFrom;
import org.harmledger.model.ReportMetadata;
import org.harmledger.model.Sha256;
import org.harmledger.model.Span;

/**
 * ExtractionPipeline is the Extractor that wires the extraction stages in order, the one place
 * they meet: split sentences (and a sentence telling two attacks into their clauses), read the dateline, run the finders (event triggers, dates, places,
 * casualty figures, toll-may-rise cues, actor roles), cut the text into event segments, build one
 * Assertion per segment (an attack the body places nowhere takes the headline's place), mark the primary one (the event the headline and lead are about), name
 * an attack's perpetrator from the accusation after it, and add the acknowledgement a
 * perpetrator's own report makes.
 * Stages never call one another. Built once from a RuleSet, a Gazetteer and an ActorDictionary;
 * immutable and thread-safe; reads no files after construction and never throws on any text.
 */
public final class ExtractionPipeline implements Extractor {
  private static final int LEAD_SENTENCES = 2;

  private final SentenceSplitter sentences;
  private final ClauseSplitter clauses;
  private final PublicationDateFinder dateline;
  private final EventTriggerFinder events;
  private final DateFinder dates;
  private final PlaceFinder places;
  private final CasualtyFinder casualties;
  private final TollRiseFinder tollRises;
  private final ActorRoleFinder roles;
  private final EventSegmenter segmenter;
  private final AssertionBuilder builder;
  private final SelfReportRule selfReports;
  private final StateSourceRule stateSources;
  private final AccusedPerpetratorRule accused;
  private final ActorDictionary dictionary;
  private final String ruleSetHash;

  private ExtractionPipeline(RuleSet rules, Gazetteer gazetteer, ActorDictionary dictionary) {
    this.sentences = OpenNlpSentenceSplitter.fromClasspath(rules.sentenceModel());
    this.clauses = new ClauseSplitter(rules);
    this.dateline = new DatelineFinder(rules);
    this.events = new EventTriggerFinder(rules);
    this.dates = new DateFinder(rules);
    this.places = new PlaceFinder(rules, gazetteer);
    this.casualties = new CasualtyFinder(rules);
    this.tollRises = new TollRiseFinder(rules);
    this.roles = new ActorRoleFinder(rules, dictionary);
    this.segmenter = new EventSegmenter(rules);
    this.builder = new AssertionBuilder(rules);
    this.selfReports = new SelfReportRule(rules, dictionary);
    this.stateSources = new StateSourceRule(rules, dictionary);
    this.accused = new AccusedPerpetratorRule(rules);
    this.dictionary = dictionary;
    this.ruleSetHash = hash(rules, gazetteer, dictionary);
  }

  /** A pipeline with the bundled rules over this gazetteer and these actors. */
  public static ExtractionPipeline create(Gazetteer gazetteer, ActorDictionary dictionary) {
    return create(RuleSet.loadDefault(), gazetteer, dictionary);
  }

  public static ExtractionPipeline create(RuleSet rules, Gazetteer gazetteer, ActorDictionary dictionary) {
    return new ExtractionPipeline(Objects.requireNonNull(rules, "rules"), Objects.requireNonNull(gazetteer, "gazetteer"),
        Objects.requireNonNull(dictionary, "dictionary"));
  }

  /** A pipeline with the bundled rules, gazetteer and actor dictionaries. */
  public static ExtractionPipeline createDefault() {
    return create(Gazetteer.loadDefault(), ActorDictionary.loadDefault());
  }

  @Override
  public Extraction extract(String text, ReportMetadata metadata) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(metadata, "metadata");
    Optional<DateRef> fromDateline = dateline.find(text);
    ReportMetadata meta = metadata;
    if (meta.published() == null && fromDateline.isPresent() && fromDateline.get().isResolved()) {
      meta = meta.withPublished(fromDateline.get().start(), PublishedFrom.DATELINE);
    }
    AnalyzedText split = new AnalyzedText(text, sentences.split(text), meta.published());
    List<EventMention> triggers = events.find(split);
    AnalyzedText analyzed = new AnalyzedText(text, clauses.split(split, triggers), split.words(), meta.published());
    Mentions mentions = new Mentions(triggers, dates.find(analyzed), places.find(analyzed),
        casualties.find(analyzed), roles.find(analyzed), tollRises.find(analyzed), fromDateline);
    List<EventSegment> segments = segmenter.segment(analyzed, mentions, headlinePlace(meta));
    int primary = primary(segments, meta.title());
    ActorRef publisher = publisher(meta.publisher());
    List<Assertion> built = new ArrayList<>();
    List<DateRef> toldOn = new ArrayList<>();
    Assertion lastAttack = firstAttack(segments, analyzed, mentions, publisher);
    Assertion lastStatement = null;
    for (int i = 0; i < segments.size(); i++) {
      EventSegment s = segments.get(i);
      Assertion a = builder.build(s,
          new AssertionBuilder.Context(analyzed, mentions.roles(), publisher, lastAttack, lastStatement), i == primary);
      if (s.type().isStatement()) {
        lastStatement = a;
      } else {
        lastAttack = a;
      }
      built.add(a);
      toldOn.add(s.toldOn());
    }
    return new Extraction(meta, stateSources.apply(accused.apply(selfReports.apply(built, toldOn, selfReporters(mentions.roles())))),
        ruleSetHash);
  }

  /**
   * The finest place the headline names, or null. Its span would point into the title, not the
   * working text, so it has none (and gives no evidence entry); the title is in the metadata.
   */
  private PlaceRef headlinePlace(ReportMetadata meta) {
    String title = meta.title();
    if (title == null || title.isBlank()) {
      return null;
    }
    PlaceRef best = null;
    for (PlaceRef p : places.find(new AnalyzedText(title, List.of(new Span(0, title.length())), meta.published()))) {
      if (best == null || p.precision() < best.precision()) {
        best = p;
      }
    }
    return best == null ? null : new PlaceRef(best.name(), best.geonamesId(), best.lat(), best.lon(), best.admin1(),
        best.admin2(), best.country(), best.precision(), best.text(), null);
  }

  /** A statement before any attack is still about the first attack. */
  private Assertion firstAttack(List<EventSegment> segments, AnalyzedText analyzed, Mentions mentions, ActorRef publisher) {
    for (EventSegment s : segments) {
      if (!s.type().isStatement()) {
        return builder.build(s, new AssertionBuilder.Context(analyzed, mentions.roles(), publisher, null, null), false);
      }
    }
    return null;
  }

  /**
   * The segment the headline and lead are about: headline type, then lead, then attacks, then
   * figures, then text order. An attack first told inside an accusation, a denial or the
   * perpetrator's own acknowledgement counts as neither: that passage is about the statement. A
   * headline's statement ("Syria urges the Security Council ...") does not outrank an attack the
   * text tells: a letter condemning a strike is about the strike.
   */
  private int primary(List<EventSegment> segments, String title) {
    Set<String> headline = new HashSet<>();
    if (title != null) {
      events.find(title).forEach(e -> headline.add(e.type().id()));
    }
    boolean attackTold = segments.stream().anyMatch(s -> !s.type().isStatement() && !s.alleged());
    int best = -1;
    int bestScore = -1;
    for (int i = 0; i < segments.size(); i++) {
      EventSegment s = segments.get(i);
      boolean headlined = headline.contains(s.type().id()) && !(attackTold && s.type().isStatement());
      int score = (headlined ? 8 : 0) + (s.firstSentence() < LEAD_SENTENCES ? 4 : 0)
          + (s.type().isStatement() || s.alleged() ? 0 : 2) + (s.casualties().isEmpty() || s.alleged() ? 0 : 1);
      if (score > bestScore) {
        best = i;
        bestScore = score;
      }
    }
    return best;
  }

  /** The parties a cue makes both speaker and actor at one mention ("the coalition said it struck"). */
  private static Set<String> selfReporters(List<RoleMention> roles) {
    Set<String> claimants = new HashSet<>();
    Set<String> both = new HashSet<>();
    roles.stream().filter(r -> r.strong() && r.role() == ActorRole.CLAIMANT && r.actor().actorId() != null)
        .forEach(r -> claimants.add(r.span().start() + ":" + r.actor().actorId()));
    roles.stream().filter(r -> r.strong() && r.role() == ActorRole.PERPETRATOR && claimants.contains(r.span().start() + ":" + r.actor().actorId()))
        .forEach(r -> both.add(r.actor().actorId()));
    return both;
  }

  /** The publisher as claimant: the dictionary's actor when its whole name is known, else the name alone. */
  private ActorRef publisher(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    String trimmed = name.strip();
    for (ActorMention m : dictionary.findMentions(trimmed)) {
      if (m.span().start() == 0 && m.span().end() == trimmed.length()) {
        return new ActorRef(m.actor().id(), trimmed, null, null);
      }
    }
    return new ActorRef(null, trimmed, null, null);
  }

  /** The hash that says which rules made an extraction: rule files, gazetteer entries and actors. */
  private static String hash(RuleSet rules, Gazetteer gazetteer, ActorDictionary dictionary) {
    MessageDigest digest = Sha256.digest();
    digest.update(rules.hash().getBytes(StandardCharsets.UTF_8));
    for (Place p : gazetteer.places()) {
      digest.update((p.geonamesId() + "|" + p.name() + "|" + String.join(";", p.alternateNames()) + "|" + p.featureCode()
          + "|" + p.admin1() + "\n").getBytes(StandardCharsets.UTF_8));
    }
    List<Actor> actors = new ArrayList<>(dictionary.actors());
    actors.sort((a, b) -> a.id().compareTo(b.id()));
    for (Actor a : actors) {
      digest.update((a.id() + "|" + a.name() + "|" + a.type() + "|" + String.join(";", a.aliases()) + "\n")
          .getBytes(StandardCharsets.UTF_8));
    }
    return HexFormat.of().formatHex(digest.digest());
  }
}
