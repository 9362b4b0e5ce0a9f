package org.harmledger.bench.redress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.harmledger.redress.Age;
import org.harmledger.redress.BatchInput;
import org.harmledger.redress.Claim;
import org.harmledger.redress.Claimant;
import org.harmledger.redress.Contact;
import org.harmledger.redress.IncidentFacts;
import org.harmledger.redress.Kinship;
import org.harmledger.redress.PersonNames;
import org.harmledger.redress.Relationship;
import org.harmledger.redress.Sex;
import org.harmledger.redress.Victim;
import org.harmledger.redress.VictimOutcome;
import org.harmledger.redress.VictimStatus;
import org.harmledger.resolve.Grade;

/**
 * SyntheticRedress generates a register of victims and claims for the redress benchmark: about
 * one claim in five is for a victim's death or injury, made by a member of the victim's family;
 * the rest are property and livelihood claims. It plants what the checks must find: victims
 * registered twice under variant spellings and claimed by different claimants, victims claimed by
 * two claimants, families of five whose death claims breach the family cap, and claimants who file
 * the same property claim twice. Deterministic for a seed.
 */
public final class SyntheticRedress {
  private static final String[] GIVEN = {"Muhammad", "Ahmad", "Ali", "Hasan", "Husayn", "Khalid", "Umar", "Yusuf",
      "Ibrahim", "Mahmud", "Mustafa", "Said", "Abd al-Rahman", "Abdullah", "Uthman", "Jamal", "Qasim", "Salim",
      "Karim", "Nabil", "Walid", "Tariq", "Ziyad", "Fadi", "Rami", "Samir", "Bashar", "Adnan", "Faysal", "Hamza",
      "Fatima", "Aisha", "Khadija", "Zaynab", "Maryam", "Huda", "Layla", "Nour", "Rana", "Salma", "Amal", "Hana",
      "Samira", "Rasha", "Dima", "Lina", "Ruba", "Suha", "Wafa", "Yasmin"};
  /** Other spellings of the given names above, same index; used for planted duplicates. */
  private static final String[] VARIANT = {"Mohammed", "Ahmed", "Aly", "Hassan", "Hussein", "Khaled", "Omar",
      "Youssef", "Ebrahim", "Mahmoud", "Moustafa", "Saeed", "Abdul Rahman", "Abdallah", "Othman", "Gamal", "Kassem",
      "Saleem", "Kareem", "Nabeel", "Waleed", "Tarek", "Ziad", "Fady", "Ramy", "Sameer", "Bachar", "Adnane", "Faisal",
      "Hamzah", "Fatimah", "Aysha", "Khadijah", "Zeinab", "Mariam", "Houda", "Leila", "Nur", "Ranaa", "Salmaa",
      "Amaal", "Hanaa", "Sameera", "Racha", "Deema", "Leena", "Rubaa", "Souha", "Wafaa", "Yasmine"};
  private static final String[] SYLLABLES = {"ba", "da", "ha", "ja", "ka", "la", "ma", "na", "ra", "sa", "ta", "za",
      "bu", "du", "hu", "ju", "ku", "lu", "mu", "nu", "ru", "su", "tu", "zu", "bi", "di", "hi", "ki", "li", "mi", "ni",
      "ri", "si", "ti", "far", "sham", "kar", "dar", "wan"};
  private static final String[] PROPERTY = {"home_destroyed", "home_damaged", "livelihood_lost"};
  private static final List<String> DOCUMENTS = List.of("report-0001");

  /** The generated input and what was planted in it. */
  public record Data(BatchInput input, int plantedDuplicates, int plantedSharedVictims, int plantedCapBreaches,
      int plantedOverlaps) {}

  private SyntheticRedress() {}

  /** About {@code claims} claims over {@code claims / 5} victims. */
  public static Data generate(int claims, long seed) {
    Random rnd = new Random(seed);
    int victimCount = Math.max(10, claims / 5);
    int incidentCount = Math.max(10, victimCount / 10);
    String[] families = new String[1000];
    for (int i = 0; i < families.length; i++) {
      families[i] = capitalise(SYLLABLES[rnd.nextInt(SYLLABLES.length)] + SYLLABLES[rnd.nextInt(SYLLABLES.length)]
          + SYLLABLES[rnd.nextInt(SYLLABLES.length)]);
    }
    Map<String, IncidentFacts> incidents = new HashMap<>();
    LocalDate start = LocalDate.parse("2017-01-01");
    for (int i = 0; i < incidentCount; i++) {
      LocalDate d = start.plusDays(rnd.nextInt(i % 50 == 0 ? 1200 : 800));
      Grade g = rnd.nextInt(10) == 0 ? Grade.WEAK : (rnd.nextInt(4) == 0 ? Grade.CONFIRMED : Grade.FAIR);
      String admin1 = rnd.nextInt(30) == 0 ? "Aleppo" : (rnd.nextBoolean() ? "Deir ez-Zor" : "Raqqa");
      String id = "inc-" + i;
      incidents.put(id, new IncidentFacts(id, d, d, "SY", admin1, "us_led_coalition", g));
    }
    Instant t0 = Instant.parse("2020-01-01T00:00:00Z");
    List<Victim> victims = new ArrayList<>(victimCount + victimCount / 50);
    List<Claimant> claimants = new ArrayList<>();
    List<Claim> out = new ArrayList<>(claims + claims / 50);
    int duplicates = 0;
    int shared = 0;
    int breaches = 0;
    int overlaps = 0;
    int v = 0;
    while (v < victimCount && out.size() < claims) {
      String familyName = families[rnd.nextInt(families.length)];
      String familyId = "fam-" + v;
      String incident = "inc-" + rnd.nextInt(incidentCount);
      LocalDate date = incidents.get(incident).start();
      boolean breach = rnd.nextInt(100) == 0;
      int members = breach ? 5 : 1 + rnd.nextInt(3);
      breaches += breach ? 1 : 0;
      String father = GIVEN[rnd.nextInt(30)];
      for (int m = 0; m < members && v < victimCount; m++, v++) {
        int g = rnd.nextInt(GIVEN.length);
        Victim victim = new Victim("v-" + v, PersonNames.latin(GIVEN[g], father, familyName), g < 30 ? Sex.MALE : Sex.FEMALE,
            Age.years(1 + rnd.nextInt(80)), VictimStatus.CIVILIAN,
            rnd.nextInt(4) == 0 ? VictimOutcome.INJURED : VictimOutcome.KILLED, date, incident, List.of());
        victims.add(victim);
        String claimantId = "k-" + claimants.size();
        claimants.add(claimant(claimantId, familyId, familyName, victim.id()));
        String category = victim.outcome() == VictimOutcome.KILLED ? "death" : "serious_injury";
        out.add(claim("c-" + out.size(), claimantId, List.of(victim.id()), incident, category, t0, out.size()));
        if (rnd.nextInt(50) == 0) {
          String other = "k-" + claimants.size();
          claimants.add(claimant(other, "fam-x" + v, familyName, victim.id()));
          out.add(claim("c-" + out.size(), other, List.of(victim.id()), incident, category, t0, out.size()));
          shared++;
        }
        if (rnd.nextInt(100) == 0) {
          Victim twin = new Victim("v-" + v + "-dup", PersonNames.latin(VARIANT[g], father, "al-" + familyName),
              victim.sex(), Age.years(victim.age().low() + 1), VictimStatus.CIVILIAN, victim.outcome(), date,
              incident, List.of());
          victims.add(twin);
          String other = "k-" + claimants.size();
          claimants.add(claimant(other, "fam-y" + v, familyName, twin.id()));
          out.add(claim("c-" + out.size(), other, List.of(twin.id()), incident, category, t0, out.size()));
          duplicates++;
        }
      }
    }
    while (out.size() < claims) {
      String claimantId = "k-" + claimants.size();
      claimants.add(claimant(claimantId, null, families[rnd.nextInt(families.length)], null));
      String incident = "inc-" + rnd.nextInt(incidentCount);
      String category = PROPERTY[rnd.nextInt(PROPERTY.length)];
      int copies = rnd.nextInt(200) == 0 ? 2 : 1;
      overlaps += copies - 1;
      for (int c = 0; c < copies && out.size() < claims; c++) {
        out.add(claim("c-" + out.size(), claimantId, List.of(), incident, category, t0, out.size()));
      }
    }
    return new Data(new BatchInput(out, index(claimants), victimIndex(victims), incidents, List.of(), List.of()),
        duplicates, shared, breaches, overlaps);
  }

  private static Claimant claimant(String id, String familyId, String familyName, String victimId) {
    return new Claimant(id, PersonNames.latin(null, null, familyName), Contact.none(), familyId,
        victimId == null ? List.of() : List.of(new Relationship(victimId, Kinship.CHILD)));
  }

  private static Claim claim(String id, String claimantId, List<String> victims, String incident, String category,
      Instant t0, int n) {
    return Claim.submit(id, claimantId, victims, incident, category, DOCUMENTS, "registrar",
        t0.plusSeconds(n));
  }

  private static Map<String, Claimant> index(List<Claimant> claimants) {
    Map<String, Claimant> map = new HashMap<>(claimants.size() * 2);
    claimants.forEach(c -> map.put(c.id(), c));
    return map;
  }

  private static Map<String, Victim> victimIndex(List<Victim> victims) {
    Map<String, Victim> map = new HashMap<>(victims.size() * 2);
    victims.forEach(x -> map.put(x.id(), x));
    return map;
  }

  private static String capitalise(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
