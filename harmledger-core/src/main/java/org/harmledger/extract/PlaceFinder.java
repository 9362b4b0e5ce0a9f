package org.harmledger.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.harmledger.gazetteer.Gazetteer;
import org.harmledger.gazetteer.Place;
import org.harmledger.gazetteer.PlaceMention;
import org.harmledger.gazetteer.PlaceNames;
import org.harmledger.model.PlaceRef;
import org.harmledger.model.Span;

/**
 * PlaceFinder is the stage that finds where things happened. It takes the gazetteer's mentions and
 * picks each one's entry by context: "X countryside" or "X province" means the governorate, "X
 * district" the district, otherwise a place whose governorate is named in the same sentence, then
 * a populated place, then the most populous. Precision is the UCDP where_prec code: 1 a named
 * place, 2 "near X" or "X and its surroundings", 3 a district, 4 a governorate, 6 a country. "The
 * village of X" with X unknown keeps its name with the most precise admin area the sentence names.
 * A name that speaks ("Baghdad blamed Turkey", "Moscow denied") is a government, not a place.
 */
public final class PlaceFinder implements MentionFinder<PlaceRef> {
  /** How far from an unknown place a town may be named to lend it its governorate. */
  private static final int BESIDE = 30;
  private static final Pattern INDEFINITE = Pattern.compile("(?i)(?<![\\p{L}])an?\\s+$");
  private static final String WORD = "(?:(?:al|el|ad|as|ar|ash|at|az)-)?\\p{Lu}[\\p{L}'’-]+";
  private static final String NAME = "(?!(?:The|A|An|This|That|Their|His|Her|Its|Our)\\s)(" + WORD + "(?:\\s+" + WORD + "){0,2})";

  private final Gazetteer gazetteer;
  private final Pattern admin1After;
  private final Pattern admin2After;
  private final GuardedPattern admin1Before;
  private final GuardedPattern nearBefore;
  private final Pattern surroundingsAfter;
  private final Pattern unknownBefore;
  private final Pattern unknownAfter;
  private final Gate placeNouns;
  private final Pattern partOf;
  private final Pattern cityAfter;
  private final Set<String> areaNouns;
  private final Pattern quarterAfter;
  private final Pattern campAfter;
  private final GuardedPattern regionBefore;
  /** A speech or statement verb right after a name: the capital speaks for its government ("Baghdad blamed Turkey"). */
  private final Pattern speaksAfter;
  private final GuardedPattern prepositionBefore;
  private final Pattern quarterEnd;
  private final Set<String> nameNouns;
  private final GuardedPattern notWhere;
  private final GuardedPattern purpose;
  /** The matching key of every governorate name the gazetteer uses, computed once (keys are costly to make). */
  private final java.util.Map<String, String> admin1Keys = new java.util.HashMap<>();

  public PlaceFinder(RuleSet ruleSet, Gazetteer gazetteer) {
    PlaceRules r = ruleSet.places();
    this.gazetteer = gazetteer;
    int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    // Only lower-case words may stand between a name and its cue ("Idlib southern countryside"): in "Maarat
    // al-Numan in Idlib province" the cue belongs to Idlib, not to the town.
    this.admin1After = Pattern.compile("(?:\\s+(?!(?:in|of|near|at|and|from|to)\\b)(?-i:\\p{Ll})[\\p{L}-]*){0,2}?\\s+"
        + Phrases.alternation(r.admin1Cues()), flags);
    this.areaNouns = Set.copyOf(r.areaNouns());
    this.quarterAfter = Pattern.compile("\\s+" + Phrases.alternation(r.quarterNouns()) + "(?!\\s+of\\b)", flags);
    List<String> speech = new ArrayList<>(ruleSet.dates().tellingVerbs());
    ruleSet.eventTypes().stream().filter(EventType::isStatement).forEach(t -> speech.addAll(t.triggers()));
    this.speaksAfter = Pattern.compile("\\s+(?:(?:has|have|had|also)\\s+)?" + Phrases.alternation(speech), flags);
    this.prepositionBefore = new GuardedPattern(Pattern.compile(Phrases.alternation(r.placePrepositions())
        + "\\s+(?:the\\s+)?(?:(?-i:\\p{Ll})[\\p{L}-]*\\s+){0,2}$", flags), r.placePrepositions());
    this.regionBefore = new GuardedPattern(Pattern.compile(Phrases.alternation(r.regionAdjectives()) + "\\s+$", flags),
        r.regionAdjectives());
    this.campAfter = Pattern.compile("\\s+" + Phrases.alternation(r.campCues()), flags);
    this.quarterEnd = Pattern.compile(Phrases.alternation(r.quarterNouns()) + "$", flags);
    this.nameNouns = Set.copyOf(r.nameNouns());
    this.cityAfter = Pattern.compile("\\s+" + Phrases.alternation(r.cityCues()), flags);
    List<String> notWhereCues = new ArrayList<>(r.originCues());
    notWhereCues.addAll(r.addresseeCues());
    this.notWhere = new GuardedPattern(Pattern.compile(Phrases.alternation(notWhereCues) + "\\s+(?:the\\s+)?$", flags),
        notWhereCues);
    this.purpose = new GuardedPattern(Phrases.anyOf(r.purposeCues()), r.purposeCues());
    this.admin2After = Pattern.compile("\\s+" + Phrases.alternation(r.admin2Cues()), flags);
    this.admin1Before = new GuardedPattern(Pattern.compile(Phrases.alternation(r.admin1Cues())
        + "(?:\\s+of)?\\s+(?:the\\s+)?$", flags), r.admin1Cues());
    this.nearBefore = new GuardedPattern(Pattern.compile(Phrases.alternation(r.nearCues())
        + "\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+)?$", flags), r.nearCues());
    this.surroundingsAfter = Pattern.compile("(?:\\s+[\\p{L}-]+)?,?\\s+" + Phrases.alternation(r.surroundingsCues()), flags);
    List<String> nouns = new ArrayList<>(r.unknownPlaceNouns());
    nouns.addAll(r.areaNouns());
    String noun = Phrases.alternation(nouns);
    this.unknownBefore = Pattern.compile("(?i:" + noun + ")\\s+of\\s+" + NAME);
    this.unknownAfter = Pattern.compile(NAME + "\\s+(?i:" + noun + ")$");
    this.placeNouns = Gate.of(nouns);
    this.partOf = Pattern.compile("\\s+" + Phrases.alternation(r.partOfCues()) + "\\s+(?:the\\s+)?", Pattern.CASE_INSENSITIVE);
    for (Place p : gazetteer.places()) {
      if (p.admin1() != null) {
        admin1Keys.computeIfAbsent(p.admin1(), PlaceNames::key);
      }
      if (p.isAdmin1()) {
        admin1Keys.computeIfAbsent(p.name(), PlaceNames::key);
      }
    }
  }

  @Override
  public List<PlaceRef> find(AnalyzedText analyzed) {
    String text = analyzed.text();
    Words words = analyzed.words();
    List<PlaceRef> found = new ArrayList<>();
    List<PlaceMention> mentions = gazetteer.findMentions(words.runs());
    List<List<PlaceMention>> bySentence = new ArrayList<>();
    // Whether each mention is written as a governorate, read once: resolving it asks again.
    List<List<Boolean>> cuedBySentence = new ArrayList<>();
    Set<String> provinces = new HashSet<>();
    for (Span sentence : analyzed.sentences()) {
      List<PlaceMention> here = new ArrayList<>();
      List<Boolean> cued = new ArrayList<>();
      for (PlaceMention m : mentions) {
        if (sentence.contains(m.span())) {
          here.add(m);
          boolean governorate = cuedAsGovernorate(text, words, sentence, m);
          cued.add(governorate);
          if (governorate) {
            m.candidates().stream().filter(Place::isAdmin1).forEach(p -> provinces.add(admin1Key(p.name())));
          }
        }
      }
      bySentence.add(here);
      cuedBySentence.add(cued);
    }
    for (int i = 0; i < bySentence.size(); i++) {
      Span sentence = analyzed.sentences().get(i);
      List<PlaceMention> here = bySentence.get(i);
      Set<String> admin1s = admin1Context(here);
      List<PlaceRef> known = new ArrayList<>();
      for (int j = 0; j < here.size(); j++) {
        known.add(resolve(text, words, sentence, here.get(j), cuedBySentence.get(i).get(j), admin1s, provinces));
      }
      known.removeIf(k -> partOfTown(text, sentence, k, known));
      List<PlaceRef> unknown = unknown(analyzed, sentence, known);
      unknown.removeIf(k -> quarterOfTownBefore(text, k, known));
      known.removeIf(k -> quarterOfTownBefore(text, k, known));
      known.removeIf(k -> notWhereItHappened(text, words, sentence, k) || speaks(text, words, sentence, k));
      unknown.removeIf(k -> notWhereItHappened(text, words, sentence, k));
      found.addAll(known);
      found.addAll(unknown);
    }
    found.sort(Comparator.comparingInt(p -> p.span().start()));
    return found;
  }

  /**
   * Whether this mention is written as a governorate ("Idlib province", "the countryside of Hama",
   * "western Hama"; but "western Mosul" is part of a city).
   */
  private boolean cuedAsGovernorate(String text, Words words, Span sentence, PlaceMention m) {
    int before = Math.max(sentence.start(), m.span().start() - 40);
    return admin1After.matcher(text).region(m.span().end(), sentence.end()).lookingAt()
        || admin1Before.finds(text, words, before, m.span().start())
        || (m.candidates().stream().anyMatch(Place::isAdmin1) && regionBefore.finds(text, words, before, m.span().start()));
  }

  /**
   * Resolves one mention. A bare name shared by a governorate and its capital ("in Idlib") is the
   * governorate when the text names that governorate as such elsewhere ("Idlib province") and does
   * not call this one a city: the writer then uses the bare name for the province.
   */
  private PlaceRef resolve(String text, Words words, Span sentence, PlaceMention m, boolean cuedAsGovernorate,
      Set<String> admin1s, Set<String> provinces) {
    int after = m.span().end();
    int before = Math.max(sentence.start(), m.span().start() - 40);
    boolean wantsAdmin1 = cuedAsGovernorate
        || (m.candidates().stream().anyMatch(p -> p.isAdmin1() && provinces.contains(admin1Key(p.name())))
            && !cityAfter.matcher(text).region(after, sentence.end()).lookingAt());
    boolean wantsAdmin2 = admin2After.matcher(text).region(after, sentence.end()).lookingAt();
    Place best = null;
    int bestScore = Integer.MIN_VALUE;
    for (Place p : m.candidates()) {
      int score = (wantsAdmin1 && p.isAdmin1() ? 100 : 0) + (wantsAdmin2 && p.isAdmin2() ? 100 : 0)
          + (p.admin1() != null && admin1s.contains(admin1Key(p.admin1())) && !p.isAdmin1() ? 50 : 0)
          + (p.isPopulatedPlace() ? 20 : 0) + (int) Math.min(10, Math.log10(p.population() + 1));
      if (score > bestScore) {
        best = p;
        bestScore = score;
      }
    }
    int precision = precision(best);
    if (precision == 1 && (nearBefore.finds(text, words, before, m.span().start())
        || surroundingsAfter.matcher(text).region(after, sentence.end()).lookingAt()
        || campAfter.matcher(text).region(after, sentence.end()).lookingAt())) {
      precision = 2;
    }
    if (wantsAdmin1 && !best.isAdmin1()) {
      precision = 4;
    }
    String admin1 = best.admin1() == null && best.isAdmin1() ? best.name() : best.admin1();
    String admin2 = best.admin2() == null && best.isAdmin2() ? best.name() : best.admin2();
    return new PlaceRef(best.name(), best.geonamesId(), best.lat(), best.lon(), admin1, admin2, best.country(), precision,
        m.text(), m.span());
  }

  /**
   * Whether the place is named only as where the attackers came from ("aircraft taking off from
   * Hmeimim airbase"), as the addressee of a demand ("called on Baghdad to investigate") or as the aim of what was hit ("a command centre used to plan attacks on the
   * towns of the Hama countryside", up to the next comma): neither is where the event happened.
   */
  private boolean notWhereItHappened(String text, Words words, Span sentence, PlaceRef place) {
    int before = Math.max(sentence.start(), place.span().start() - 40);
    if (notWhere.finds(text, words, before, place.span().start())) {
      return true;
    }
    int end = -1;
    for (Matcher cue = purpose.find(text, words, sentence.start(), place.span().start()); cue != null;
        cue = cue.find() ? cue : null) {
      end = cue.end();
    }
    return end >= 0 && text.substring(end, place.span().start()).chars().noneMatch(c -> c == ',' || c == ';');
  }

  /**
   * Whether the place is a quarter of a town the sentence named before it ("hospitals in Aleppo ... hit
   * the al-Khalidiya neighbourhood"): the event is in that town, which the sentence already holds.
   */
  private boolean quarterOfTownBefore(String text, PlaceRef place, List<PlaceRef> known) {
    Matcher q = quarterAfter.matcher(text).region(place.span().end(), text.length());
    boolean quarter = q.lookingAt() || quarterEnd.matcher(place.text()).find();
    return quarter && known.stream().anyMatch(k -> k != place && k.span().end() <= place.span().start() && k.precision() <= 2);
  }

  /**
   * Whether the name is a government speaking ("Baghdad blamed Turkey"): a speech or statement verb
   * follows it and no preposition makes it a place ("crews in western Mosul said").
   */
  private boolean speaks(String text, Words words, Span sentence, PlaceRef place) {
    return speaksAfter.matcher(text).region(place.span().end(), sentence.end()).lookingAt()
        && !prepositionBefore.finds(text, words, Math.max(sentence.start(), place.span().start() - 40), place.span().start());
  }

  /** Whether the place is named as a part of a town named right after it ("the X neighbourhood of Aleppo city"). */
  private boolean partOfTown(String text, Span sentence, PlaceRef place, List<PlaceRef> known) {
    Matcher m = partOf.matcher(text).region(place.span().end(), sentence.end());
    if (!m.lookingAt()) {
      return false;
    }
    int next = m.end();
    return known.stream().anyMatch(k -> k.span().start() == next && k.precision() <= 2);
  }

  /** The governorate of a town named right beside an unknown place ("the village of X in southern Idlib"), or null. */
  private static PlaceRef governorateBeside(Span unknown, List<PlaceRef> known) {
    for (PlaceRef k : known) {
      int gap = k.span().start() >= unknown.end() ? k.span().start() - unknown.end() : unknown.start() - k.span().end();
      if (k.admin1() != null && gap >= 0 && gap <= BESIDE) {
        return new PlaceRef(k.admin1(), null, null, null, k.admin1(), null, k.country(), 4, k.text(), k.span());
      }
    }
    return null;
  }

  private static int precision(Place p) {
    if (p.isAdmin1()) {
      return 4;
    }
    if (p.isAdmin2()) {
      return 3;
    }
    if (p.featureCode().startsWith("PCL")) {
      return 6;
    }
    return p.isPopulatedPlace() || "S".equals(p.featureClass()) ? 1 : 2;
  }

  /** Governorates the sentence names, as matching keys: they steer which same-named place is meant. */
  private Set<String> admin1Context(List<PlaceMention> here) {
    Set<String> keys = new HashSet<>();
    for (PlaceMention m : here) {
      for (Place p : m.candidates()) {
        if (p.isAdmin1()) {
          keys.add(admin1Key(p.name()));
        }
      }
    }
    return keys;
  }

  private String admin1Key(String name) {
    String key = admin1Keys.get(name);
    return key != null ? key : PlaceNames.key(name);
  }

  /**
   * "the village of X" / "X village" that the gazetteer does not know, placed in the finest admin
   * area named nearby, else in the governorate of a town named beside it (precision 4).
   */
  private List<PlaceRef> unknown(AnalyzedText analyzed, Span sentence, List<PlaceRef> known) {
    List<PlaceRef> found = new ArrayList<>();
    String text = analyzed.text();
    Words words = analyzed.words();
    PlaceRef area = null;
    for (PlaceRef k : known) {
      if (k.precision() >= 3 && (area == null || k.precision() < area.precision())) {
        area = k;
      }
    }
    PlaceRef town = area;
    for (int w = words.firstAtOrAfter(sentence.start()); w < words.size() && words.start(w) < sentence.end(); w++) {
      if (!placeNouns.admits(words, w)) {
        continue;
      }
      Matcher before = unknownBefore.matcher(text).region(words.start(w), sentence.end()).useTransparentBounds(true);
      Matcher after = unknownAfter.matcher(text).region(Math.max(sentence.start(), words.start(w) - 60), words.end(w));
      // "the Sidakan area of Erbil province": after an area noun the known name is the wider place, the unknown
      // one before it is the place meant ("the town of Mhardeh" is Mhardeh itself).
      boolean named = before.lookingAt();
      boolean areaNoun = areaNouns.contains(words.lower(w));
      if (areaNoun && !(named && known.stream().anyMatch(k -> k.span().start() == before.start(1)))) {
        continue;
      }
      Matcher m = named && !areaNoun ? before : after.find() ? after : null;
      // "a Peshmerga outpost", "an SDF checkpoint": after an indefinite article the name says whose it is, not where.
      if (m == null || (m == after && INDEFINITE.matcher(text).region(Math.max(0, m.start(1) - 4), m.start(1)).find())) {
        continue;
      }
      Span span = new Span(m.start(1), m.end(1));
      if (town == null) {
        area = governorateBeside(span, known);
      }
      if (known.stream().noneMatch(k -> k.span().overlaps(span)) && found.stream().noneMatch(f -> f.span().overlaps(span))) {
        // "the al-Bahra farms": some nouns are part of the name they follow.
        String name = m == after && nameNouns.contains(words.lower(w))
            ? m.group(1) + " " + text.substring(words.start(w), words.end(w)) : m.group(1);
        found.add(new PlaceRef(name, null, null, null, area == null ? null : area.admin1(),
            area == null ? null : area.admin2(), area == null ? null : area.country(),
            area == null ? 7 : area.precision(), m.group(), new Span(m.start(), m.end())));
      }
    }
    return found;
  }
}
