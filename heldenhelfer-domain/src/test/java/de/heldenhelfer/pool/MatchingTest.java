package de.heldenhelfer.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.heldenhelfer.pool.Matching.Candidate;
import de.heldenhelfer.pool.Matching.NeedProfile;
import de.heldenhelfer.pool.Matching.ShiftTime;
import de.heldenhelfer.pool.Matching.Suggestion;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MatchingTest {
  static final String WUERZBURG = "09663000";
  static final double LAT = 49.7913;
  static final double LON = 9.9534;
  static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
  // Saturdays 12 and 19 December 10–14, Sunday 20 December 18–22
  static final List<ShiftTime> SHIFTS =
      List.of(
          new ShiftTime(LocalDate.of(2026, 12, 12), LocalTime.of(10, 0), LocalTime.of(14, 0)),
          new ShiftTime(LocalDate.of(2026, 12, 19), LocalTime.of(10, 0), LocalTime.of(14, 0)),
          new ShiftTime(LocalDate.of(2026, 12, 20), LocalTime.of(18, 0), LocalTime.of(22, 0)));
  static final Availability FULL = Availability.parse("SA-MORNING,SA-AFTERNOON,SU-EVENING");

  static NeedProfile need(int minAge, Set<String> qualifications) {
    return new NeedProfile(
        WUERZBURG,
        LAT,
        LON,
        "sport",
        new LinkedHashSet<>(List.of("Erste Hilfe", "Kasse", "Aufbau")),
        minAge,
        qualifications,
        SHIFTS);
  }

  static Candidate candidate(
      long id,
      String name,
      double lat,
      double lon,
      int radius,
      String homeAgs,
      Set<String> skills,
      Availability availability,
      int recent) {
    return new Candidate(
        id,
        name,
        lat,
        lon,
        radius,
        Set.of(),
        homeAgs,
        LocalDate.of(1990, 5, 1),
        skills,
        Set.of("sport"),
        Map.of(),
        availability,
        recent);
  }

  static final Set<String> ALL_SKILLS = Set.of("erste hilfe", "kasse", "aufbau");

  static Candidate withBirthDate(Candidate c, LocalDate birthDate) {
    return new Candidate(
        c.volunteerId(),
        c.displayName(),
        c.lat(),
        c.lon(),
        c.radiusKm(),
        c.reachableAgs(),
        c.homeAgs(),
        birthDate,
        c.skills(),
        c.interests(),
        c.qualifications(),
        c.availability(),
        c.recentShifts());
  }

  static Candidate withQualifications(Candidate c, Map<String, LocalDate> q) {
    return new Candidate(
        c.volunteerId(),
        c.displayName(),
        c.lat(),
        c.lon(),
        c.radiusKm(),
        c.reachableAgs(),
        c.homeAgs(),
        c.birthDate(),
        c.skills(),
        c.interests(),
        q,
        c.availability(),
        c.recentShifts());
  }

  static Candidate withReachable(Candidate c, Set<String> reachable) {
    return new Candidate(
        c.volunteerId(),
        c.displayName(),
        c.lat(),
        c.lon(),
        c.radiusKm(),
        reachable,
        c.homeAgs(),
        c.birthDate(),
        c.skills(),
        c.interests(),
        c.qualifications(),
        c.availability(),
        c.recentShifts());
  }

  static List<Long> ids(List<Suggestion> suggestions) {
    return suggestions.stream().map(Suggestion::volunteerId).toList();
  }

  // A: perfect fit in Würzburg; B: perfect skills but 0.18° south (≈ 20 km), radius 40;
  // C: perfect fit but 6 shifts in 90 days; D: in Würzburg, available, no skills, no interest
  static final Candidate A =
      candidate(1, "Anna Perfekt", LAT, LON, 15, WUERZBURG, ALL_SKILLS, FULL, 0);
  static final Candidate B =
      candidate(2, "Bernd Weit", LAT - 0.18, LON, 40, "09679000", ALL_SKILLS, FULL, 0);
  static final Candidate C =
      candidate(3, "Clara Busy", LAT, LON, 15, WUERZBURG, ALL_SKILLS, FULL, 6);
  static final Candidate D =
      new Candidate(
          4,
          "Dieter Ohne",
          LAT,
          LON,
          15,
          Set.of(),
          WUERZBURG,
          LocalDate.of(1980, 1, 1),
          Set.of("kochen"),
          Set.of("kultur"),
          Map.of(),
          FULL,
          0);

  @Test
  void ranksTheConstructedCaseInTheKnownOrder() {
    List<Candidate> input = new ArrayList<>(List.of(D, C, B, A));
    Collections.shuffle(input, new java.util.Random(7));
    List<Suggestion> result = Matching.rank(need(16, Set.of()), input, TODAY, 10, Locale.GERMAN);
    // A: 40 + 25 + 25 + 10 = 100; C: 40 + 25 + 25 + 0 = 90;
    // B: 40 + 25 · (1 − 20.0/40) + 25 + 10 ≈ 87; D: 0 + 25 + 25 + 10 = 60
    assertEquals(List.of(1L, 3L, 2L, 4L), ids(result));
    assertEquals(100, result.get(0).score());
    assertEquals(90, result.get(1).score());
    assertEquals(87, result.get(2).score());
    assertEquals(60, result.get(3).score());
    assertEquals(20.0, result.get(2).distanceKm(), 0.1);
  }

  @Test
  void reasonsNameSkillsDistanceAvailabilityAndLoad() {
    List<Suggestion> result =
        Matching.rank(need(0, Set.of()), List.of(A, B, D), TODAY, 10, Locale.GERMANY);
    List<String> a = result.get(0).reasons();
    assertTrue(
        a.contains("Passende Fähigkeiten: Erste Hilfe, Kasse, Aufbau (3 von 3)"), a.toString());
    assertTrue(a.contains("Interesse am Bereich „sport“"), a.toString());
    assertTrue(a.contains("0 km entfernt (Radius 15 km)"), a.toString());
    assertTrue(a.contains("Verfügbar zu 100 % der Schichtzeiten"), a.toString());
    assertTrue(a.contains("Zuletzt wenig eingesetzt (0 Einsätze in 90 Tagen)"), a.toString());
    List<String> b = result.get(1).reasons();
    assertTrue(b.contains("20 km entfernt (Radius 40 km)"), b.toString());
    List<String> d = result.get(2).reasons();
    assertTrue(d.contains("Keine der gewünschten Fähigkeiten (0 von 3)"), d.toString());
  }

  @Test
  void partialSkillsPartialAvailabilityAndUnknownAvailability() {
    // two of three skills, interest in the category: 40 · 3/4 = 30
    // Saturday morning only: 2 of 4 hours on both Saturdays, nothing Sunday → mean 1/3 → 8.33
    Candidate partial =
        candidate(
            5,
            "Paula Teil",
            LAT,
            LON,
            15,
            WUERZBURG,
            Set.of("erste hilfe", "kasse"),
            Availability.parse("SA-MORNING"),
            2);
    Candidate unknown =
        candidate(6, "Uwe Unbekannt", LAT, LON, 15, WUERZBURG, ALL_SKILLS, Availability.empty(), 0);
    List<Suggestion> result =
        Matching.rank(need(0, Set.of()), List.of(partial, unknown), TODAY, 10, Locale.GERMAN);
    assertEquals(List.of(6L, 5L), ids(result));
    // unknown: 40 + 25 + 12.5 + 10 = 87.5 → 88
    assertEquals(88, result.get(0).score());
    assertTrue(result.get(0).reasons().contains("Verfügbarkeit unbekannt (nicht angegeben)"));
    // partial: 30 + 25 + 8.33 + 6 = 69.33 → 69
    assertEquals(69, result.get(1).score());
    List<String> p = result.get(1).reasons();
    assertTrue(p.contains("Passende Fähigkeiten: Erste Hilfe, Kasse (2 von 3)"), p.toString());
    assertTrue(p.contains("Verfügbar zu 33 % der Schichtzeiten"), p.toString());
    assertTrue(p.contains("Zuletzt eingesetzt: 2 Einsätze in 90 Tagen"), p.toString());
  }

  @Test
  void tiesAreBrokenByDistanceThenId() {
    // all three get full distance points: home municipality or listed as reachable
    Candidate far =
        withReachable(
            candidate(10, "Fern", LAT + 0.1, LON, 5, "09679000", ALL_SKILLS, FULL, 0),
            Set.of(WUERZBURG));
    Candidate near2 = candidate(12, "Nah 2", LAT, LON, 5, WUERZBURG, ALL_SKILLS, FULL, 0);
    Candidate near1 = candidate(11, "Nah 1", LAT, LON, 5, WUERZBURG, ALL_SKILLS, FULL, 0);
    List<Suggestion> result =
        Matching.rank(need(0, Set.of()), List.of(far, near2, near1), TODAY, 10, Locale.GERMAN);
    assertEquals(List.of(11L, 12L, 10L), ids(result));
    assertTrue(result.stream().allMatch(s -> s.score() == 100));
  }

  @Test
  void minimumAgeOnTheFirstShiftDate() {
    // first shift 2026-12-12; 16 years old on that day when born on 2010-12-12
    Candidate birthdayOnShift =
        withBirthDate(
            candidate(20, "Geburtstag", LAT, LON, 15, WUERZBURG, ALL_SKILLS, FULL, 0),
            LocalDate.of(2010, 12, 12));
    Candidate oneDayTooYoung =
        withBirthDate(
            candidate(21, "Zu jung", LAT, LON, 15, WUERZBURG, ALL_SKILLS, FULL, 0),
            LocalDate.of(2010, 12, 13));
    Candidate unknownAge =
        withBirthDate(
            candidate(22, "Unbekannt", LAT, LON, 15, WUERZBURG, ALL_SKILLS, FULL, 0), null);
    List<Candidate> all = List.of(birthdayOnShift, oneDayTooYoung, unknownAge);
    assertEquals(List.of(20L), ids(Matching.rank(need(16, Set.of()), all, TODAY, 10, null)));
    assertEquals(
        List.of(20L, 21L, 22L), ids(Matching.rank(need(0, Set.of()), all, TODAY, 10, null)));
  }

  @Test
  void requiredQualificationsMustBeValidUntilTheLastShift() {
    Candidate base = candidate(30, "Q", LAT, LON, 15, WUERZBURG, ALL_SKILLS, FULL, 0);
    Map<String, LocalDate> noExpiry = new HashMap<>();
    noExpiry.put("fuehrungszeugnis", null);
    Candidate none = withQualifications(base, Map.of());
    Candidate expiresDayBefore =
        withQualifications(
            candidate(31, "Q1", LAT, LON, 15, WUERZBURG, ALL_SKILLS, FULL, 0),
            Map.of("fuehrungszeugnis", LocalDate.of(2026, 12, 19)));
    Candidate validOnLastDay =
        withQualifications(
            candidate(32, "Q2", LAT, LON, 15, WUERZBURG, ALL_SKILLS, FULL, 0),
            Map.of("fuehrungszeugnis", LocalDate.of(2026, 12, 20)));
    Candidate forever =
        withQualifications(
            candidate(33, "Q3", LAT, LON, 15, WUERZBURG, ALL_SKILLS, FULL, 0), noExpiry);
    Candidate otherKind =
        withQualifications(
            candidate(34, "Q4", LAT, LON, 15, WUERZBURG, ALL_SKILLS, FULL, 0),
            Map.of("erste-hilfe-kurs", LocalDate.of(2030, 1, 1)));
    List<Suggestion> result =
        Matching.rank(
            need(0, Set.of("fuehrungszeugnis")),
            List.of(none, expiresDayBefore, validOnLastDay, forever, otherKind),
            TODAY,
            10,
            Locale.GERMAN);
    assertEquals(List.of(32L, 33L), ids(result));
  }

  @Test
  void outOfReachUnlessTheMunicipalityIsListedAsReachable() {
    // 0.3° north ≈ 33 km, radius 10 km
    Candidate far = candidate(40, "Fern", LAT + 0.3, LON, 10, "09678000", ALL_SKILLS, FULL, 0);
    Candidate farButListed =
        withReachable(
            candidate(41, "Fern gelistet", LAT + 0.3, LON, 10, "09678000", ALL_SKILLS, FULL, 0),
            Set.of(WUERZBURG));
    Candidate withinRadius =
        candidate(42, "Radius", LAT + 0.3, LON, 40, "09678000", ALL_SKILLS, FULL, 0);
    List<Suggestion> result =
        Matching.rank(
            need(0, Set.of()), List.of(far, farButListed, withinRadius), TODAY, 10, Locale.GERMAN);
    assertEquals(List.of(41L, 42L), ids(result));
    assertTrue(
        result.get(0).reasons().contains("33 km entfernt, Gemeinde als erreichbar angegeben"),
        result.get(0).reasons().toString());
  }

  @Test
  void limitIsRespected() {
    List<Candidate> many = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      many.add(candidate(100 + i, "V" + i, LAT, LON, 15, WUERZBURG, ALL_SKILLS, FULL, i % 6));
    }
    assertEquals(5, Matching.rank(need(0, Set.of()), many, TODAY, 5, Locale.GERMAN).size());
    assertEquals(20, Matching.rank(need(0, Set.of()), many, TODAY, 50, Locale.GERMAN).size());
    assertTrue(Matching.rank(need(0, Set.of()), many, TODAY, 0, Locale.GERMAN).isEmpty());
    List<Suggestion> top = Matching.rank(need(0, Set.of()), many, TODAY, 5, Locale.GERMAN);
    for (int i = 1; i < top.size(); i++) {
      assertTrue(top.get(i - 1).score() >= top.get(i).score(), "descending scores");
    }
  }

  @Test
  void englishLocaleGivesEnglishReasons() {
    List<Suggestion> result =
        Matching.rank(need(0, Set.of()), List.of(A, B, C), TODAY, 10, Locale.ENGLISH);
    List<String> a = result.get(0).reasons();
    assertTrue(a.contains("Matching skills: Erste Hilfe, Kasse, Aufbau (3 of 3)"), a.toString());
    assertTrue(a.contains("0 km away (radius 15 km)"), a.toString());
    assertTrue(a.contains("Available for 100 % of the shift times"), a.toString());
    assertTrue(a.contains("Little recent load (0 shifts in 90 days)"), a.toString());
    List<String> c = result.get(1).reasons();
    assertTrue(c.contains("Much recent load (6 shifts in 90 days)"), c.toString());
  }

  @Test
  void haversineDistance() {
    // one degree of longitude on the equator: 2πR / 360 with R = 6371.0088 km
    assertEquals(111.195, Matching.distanceKm(0, 0, 0, 1), 0.001);
    assertEquals(0.0, Matching.distanceKm(LAT, LON, LAT, LON), 1e-9);
    double wueSw = Matching.distanceKm(LAT, LON, 50.0492, 10.2194);
    assertEquals(wueSw, Matching.distanceKm(50.0492, 10.2194, LAT, LON), 1e-9);
    // Würzburg – Schweinfurt: about 35 km as the crow flies
    assertTrue(wueSw > 33 && wueSw < 37, String.valueOf(wueSw));
  }
}
