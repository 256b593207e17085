package de.heldenhelfer.pool;

import de.heldenhelfer.pool.Matching.Candidate;
import de.heldenhelfer.pool.Matching.NeedProfile;
import de.heldenhelfer.pool.Matching.ShiftTime;
import de.heldenhelfer.pool.Matching.Suggestion;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Benchmark of {@link Matching#rank}: 5,000 random volunteers (fixed seed) in ~50 municipalities
 * around Würzburg, a need with 3 shifts, 200 warm-up runs, then 1,000 measured runs; prints p50,
 * p95, p99 in ms and p95 relative to the 100 ms target. A plain main class, not run by the build.
 */
public final class MatchingBenchmark {
  private static final String[] SKILLS = {
    "erste hilfe",
    "kasse",
    "aufbau",
    "fahrdienst",
    "kochen",
    "technik",
    "betreuung",
    "musik",
    "handwerk",
    "garten",
    "it",
    "sprachen"
  };
  private static final String[] CATEGORIES = {
    "sport", "kultur", "soziales", "umwelt", "bildung", "feuerwehr"
  };
  private static final String[] QUALIFICATIONS = {"fuehrungszeugnis", "juleica", "sanitaeter"};

  private MatchingBenchmark() {}

  /** Runs the benchmark and prints the figures. */
  public static void main(String[] args) {
    Random random = new Random(20261206L);
    int municipalities = 50;
    double[] lat = new double[municipalities];
    double[] lon = new double[municipalities];
    String[] ags = new String[municipalities];
    for (int m = 0; m < municipalities; m++) {
      lat[m] = 49.79 + (random.nextDouble() * 0.6 - 0.3);
      lon[m] = 9.95 + (random.nextDouble() * 0.6 - 0.3);
      ags[m] = String.format("0967%04d", m);
    }
    LocalDate today = LocalDate.of(2026, 12, 6);
    DayPart[] parts = DayPart.values();
    List<Candidate> candidates = new ArrayList<>(5000);
    for (int i = 0; i < 5000; i++) {
      int home = random.nextInt(municipalities);
      Set<String> reachable = new HashSet<>();
      for (int r = random.nextInt(4); r > 0; r--) {
        reachable.add(ags[random.nextInt(municipalities)]);
      }
      Set<String> skills = new HashSet<>();
      for (int s = random.nextInt(5); s > 0; s--) {
        skills.add(SKILLS[random.nextInt(SKILLS.length)]);
      }
      Set<String> interests = new HashSet<>();
      for (int s = random.nextInt(3); s > 0; s--) {
        interests.add(CATEGORIES[random.nextInt(CATEGORIES.length)]);
      }
      Map<String, LocalDate> qualifications = new HashMap<>();
      for (String q : QUALIFICATIONS) {
        if (random.nextInt(3) == 0) {
          qualifications.put(
              q, random.nextBoolean() ? null : today.plusDays(random.nextInt(800) - 200));
        }
      }
      Set<Availability.Slot> slots = new HashSet<>();
      for (int s = random.nextInt(8); s > 0; s--) {
        slots.add(
            new Availability.Slot(
                DayOfWeek.of(1 + random.nextInt(7)), parts[random.nextInt(parts.length)]));
      }
      Set<LocalDate> dates = new HashSet<>();
      if (random.nextInt(5) == 0) {
        dates.add(today.plusDays(random.nextInt(30)));
      }
      LocalDate birth =
          random.nextInt(20) == 0
              ? null
              : today.minusYears(14 + random.nextInt(60)).minusDays(random.nextInt(365));
      candidates.add(
          new Candidate(
              i + 1,
              "Freiwillige:r " + (i + 1),
              lat[home],
              lon[home],
              5 + random.nextInt(40),
              reachable,
              ags[home],
              birth,
              skills,
              interests,
              qualifications,
              Availability.of(slots, dates),
              random.nextInt(8)));
    }
    NeedProfile need =
        new NeedProfile(
            ags[0],
            lat[0],
            lon[0],
            "soziales",
            new LinkedHashSet<>(List.of("Erste Hilfe", "Kasse", "Aufbau")),
            16,
            Set.of(),
            List.of(
                new ShiftTime(LocalDate.of(2026, 12, 12), LocalTime.of(10, 0), LocalTime.of(14, 0)),
                new ShiftTime(LocalDate.of(2026, 12, 19), LocalTime.of(10, 0), LocalTime.of(14, 0)),
                new ShiftTime(
                    LocalDate.of(2026, 12, 20), LocalTime.of(18, 0), LocalTime.of(1, 0))));

    int sink = 0;
    for (int i = 0; i < 200; i++) {
      sink += Matching.rank(need, candidates, today, 20, Locale.GERMAN).size();
    }
    int runs = 1000;
    long[] nanos = new long[runs];
    List<Suggestion> last = List.of();
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      last = Matching.rank(need, candidates, today, 20, Locale.GERMAN);
      nanos[i] = System.nanoTime() - start;
      sink += last.size();
    }
    Arrays.sort(nanos);
    double p50 = nanos[runs / 2] / 1e6;
    double p95 = nanos[(int) (runs * 0.95)] / 1e6;
    double p99 = nanos[(int) (runs * 0.99)] / 1e6;
    System.out.printf(
        Locale.ROOT,
        "ranking 5,000 candidates, 3 shifts, limit 20, %d runs after 200 warm-up%n",
        runs);
    System.out.printf(Locale.ROOT, "p50 %.3f ms, p95 %.3f ms, p99 %.3f ms%n", p50, p95, p99);
    System.out.printf(Locale.ROOT, "p95 / 100 ms target = %.4f%n", p95 / 100.0);
    System.out.println("top suggestion: " + (last.isEmpty() ? "-" : last.get(0)));
    System.out.println("(checksum " + sink + ")");
  }
}
