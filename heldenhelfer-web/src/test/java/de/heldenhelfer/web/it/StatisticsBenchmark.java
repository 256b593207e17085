package de.heldenhelfer.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.heldenhelfer.platform.demo.DemoAccounts;
import de.heldenhelfer.security.ClubRole;
import de.heldenhelfer.security.Principal;
import de.heldenhelfer.statistics.AgeGroup;
import de.heldenhelfer.statistics.ReadModel;
import de.heldenhelfer.statistics.RegionFigures;
import de.heldenhelfer.statistics.RegionStatistics;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.logging.Logger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Statistics speed (benchmarks/README.md), on demand (not an *IT): the read model refresh of one
 * club of 10,000 members (target 5 s), and the planners' protected region tables of one Stichtag
 * (every member and sport table, including disclosure control and its audit) for a region of 60,000
 * members (target 300 ms) and a generated region of 1,000,000 members (target 2 s), each against
 * the raw SQL aggregate on the same data as a ratio.
 */
@ExtendWith(ArquillianExtension.class)
class StatisticsBenchmark extends InContainerTest {
  private static final Logger LOG = Logger.getLogger(StatisticsBenchmark.class.getName());
  private static final int CLUB_MEMBERS = 10_000;
  private static final LocalDate REFRESH_DAY = LocalDate.of(2030, 6, 30);

  @Deployment
  static WebArchive deployment() {
    return Deployments.application("hh-statistics-benchmark", StatisticsBenchmark.class);
  }

  @Inject ReadModel readModel;
  @Inject RegionStatistics region;

  @Test
  void refreshOfOneClubWithTenThousandMembers() throws Exception {
    long club = ensureClub();
    Principal chair =
        new Principal(
            1,
            "stat-bench",
            "Statistik Benchmark",
            null,
            Set.of(),
            List.of(
                new Principal.ClubMembership(club, "Statistik-Benchmark", Set.of(ClubRole.CHAIR))));
    List<Long> times = new ArrayList<>();
    int members = 0;
    for (int run = 0; run < 6; run++) {
      long t = System.nanoTime();
      members = inClub(chair, club, () -> readModel.refresh(REFRESH_DAY)).members();
      times.add(System.nanoTime() - t);
    }
    times.remove(0); // the first call warms up the statements
    List<Long> raw = new ArrayList<>();
    for (int run = 0; run < 5; run++) {
      long t = System.nanoTime();
      number(
          "SELECT COUNT(*) FROM (SELECT TIMESTAMPDIFF(YEAR, birth_date, ?) a, gender,"
              + " municipality_ags, status, COUNT(*) FROM member WHERE club_id = ? AND entry_date"
              + " <= ? AND (exit_date IS NULL OR exit_date > ?) GROUP BY 1, 2, 3, 4) g",
          REFRESH_DAY,
          club,
          REFRESH_DAY,
          REFRESH_DAY);
      raw.add(System.nanoTime() - t);
    }
    Collections.sort(times);
    Collections.sort(raw);
    double p50 = times.get(times.size() / 2) / 1e6;
    double max = times.get(times.size() - 1) / 1e6;
    double rawP50 = raw.get(raw.size() / 2) / 1e6;
    String report =
        String.format(
            "read model refresh of one club, %d members on the day (age groups, gender,"
                + " municipality, active; sports; years of birth – three INSERT … SELECT and the"
                + " snapshot, one transaction), 5 runs after a warm-up:%n  p50 %.0f ms, max %.0f"
                + " ms; max / target 5 s = %.3f%n  raw SQL aggregate (one GROUP BY over the"
                + " club's members) p50 %.0f ms; refresh / raw = %.1f%n",
            members, p50, max, max / 5000.0, rawP50, p50 / rawP50);
    print("refresh", report);
    assertEquals(CLUB_MEMBERS, members, "everyone is a member on the day");
    update("DELETE FROM stat_members WHERE stichtag = ?", REFRESH_DAY);
    update("DELETE FROM stat_sport_members WHERE stichtag = ?", REFRESH_DAY);
    update("DELETE FROM stat_birth_years WHERE stichtag = ?", REFRESH_DAY);
    update("DELETE FROM stat_snapshot WHERE stichtag = ?", REFRESH_DAY);
  }

  @Test
  void regionTablesForSixtyThousandAndOneMillionMembers() throws Exception {
    StringBuilder report = new StringBuilder();
    Principal planner = identities.principalOf(DemoAccounts.SUBJECT_PLANUNG, List.of("planner"));
    for (int[] size : new int[][] {{60_000, 2040, 300}, {1_000_000, 2050, 2000}}) {
      LocalDate day = LocalDate.of(size[1], 1, 1);
      try {
        long genStart = System.nanoTime();
        generate(day, size[0]);
        long genMs = (System.nanoTime() - genStart) / 1_000_000;
        List<Long> cold = new ArrayList<>();
        RegionFigures f = null;
        for (int run = 0; run < 6; run++) {
          region.forget();
          long t = System.nanoTime();
          f = asPerson(planner, () -> region.figures(day, Locale.GERMAN));
          cold.add(System.nanoTime() - t);
        }
        cold.remove(0); // warm-up
        List<Long> cached = new ArrayList<>();
        for (int run = 0; run < 20; run++) {
          long t = System.nanoTime();
          asPerson(planner, () -> region.figures(day, Locale.GERMAN));
          cached.add(System.nanoTime() - t);
        }
        List<Long> raw = new ArrayList<>();
        for (int run = 0; run < 5; run++) {
          long t = System.nanoTime();
          number(
              "SELECT COUNT(*) FROM (SELECT ags, age_group, gender, active, SUM(members) FROM"
                  + " stat_members WHERE stichtag = ? GROUP BY ags, age_group, gender, active) g",
              day);
          number(
              "SELECT COUNT(*) FROM (SELECT sport_code, ags, age_group, SUM(members) FROM"
                  + " stat_sport_members WHERE stichtag = ? GROUP BY sport_code, ags, age_group) g",
              day);
          raw.add(System.nanoTime() - t);
        }
        Collections.sort(cold);
        Collections.sort(cached);
        Collections.sort(raw);
        double p50 = cold.get(cold.size() / 2) / 1e6;
        double max = cold.get(cold.size() - 1) / 1e6;
        double rawP50 = raw.get(raw.size() / 2) / 1e6;
        int suppressed =
            f.byAge().suppressedCount()
                + f.byGender().suppressedCount()
                + f.byActivity().suppressedCount()
                + f.sportsByAge().suppressedCount()
                + f.sportsByMunicipality().suppressedCount();
        report.append(
            String.format(
                "region of %,d members (read model generated in %d ms: %d municipality rows,"
                    + " %d sports), all five protected tables of the Stichtag, %d entries"
                    + " suppressed:%n  computed (read model + disclosure control + audit), 5 runs"
                    + " after a warm-up: p50 %.0f ms, max %.0f ms; max / target %d ms = %.2f%n"
                    + "  served from the publication cache: p50 %.2f ms%n"
                    + "  raw SQL aggregate on the same read model p50 %.1f ms; computed / raw ="
                    + " %.1f%n",
                f.members().value(),
                genMs,
                f.byAge().rows(),
                f.sportsByAge().rows(),
                suppressed,
                p50,
                max,
                size[2],
                max / size[2],
                cached.get(cached.size() / 2) / 1e6,
                rawP50,
                p50 / rawP50));
        assertEquals(size[0], f.members().value(), "the grand total is always shown");
      } finally {
        for (String t : new String[] {"stat_members", "stat_sport_members", "stat_snapshot"}) {
          update("DELETE FROM " + t + " WHERE stichtag = ?", day);
        }
        region.forget();
      }
    }
    print("region", report.toString());
  }

  private static void print(String name, String report) throws Exception {
    LOG.info(report);
    System.out.println("STATISTICS-BENCHMARK\n" + report);
    Files.writeString(
        Path.of(System.getProperty("java.io.tmpdir"), "statistics-benchmark-" + name + ".txt"),
        report);
  }

  /**
   * A read model for {@code persons} generated people over the region's clubs: each person gets a
   * club, a municipality (mostly the club's own), an age group, a gender, active or not and one or
   * two of the club's sports, and is counted exactly as a refresh counts – the tables get the shape
   * they would have for that many real members.
   */
  private void generate(LocalDate day, int persons) throws Exception {
    List<long[]> clubs = new ArrayList<>(); // id, index of municipality
    List<String> municipalities = new ArrayList<>();
    List<Integer> sports = new ArrayList<>();
    try (Connection c = dataSource.getConnection()) {
      try (ResultSet rs =
          c.createStatement().executeQuery("SELECT ags FROM municipality ORDER BY ags")) {
        while (rs.next()) {
          municipalities.add(rs.getString(1));
        }
      }
      try (ResultSet rs =
          c.createStatement().executeQuery("SELECT code FROM sport ORDER BY code")) {
        while (rs.next()) {
          sports.add(rs.getInt(1));
        }
      }
      try (ResultSet rs =
          c.createStatement().executeQuery("SELECT id, municipality_ags FROM club ORDER BY id")) {
        while (rs.next()) {
          clubs.add(new long[] {rs.getLong(1), municipalities.indexOf(rs.getString(2))});
        }
      }
    }
    Random rng = new Random(persons);
    double[] cumulative = new double[sports.size()];
    double sum = 0;
    for (int i = 0; i < cumulative.length; i++) {
      sum += 1 / Math.pow(i + 1, 1.6);
      cumulative[i] = sum;
    }
    for (int i = 0; i < cumulative.length; i++) {
      cumulative[i] /= sum;
    }
    AgeGroup[] ages = AgeGroup.values();
    double[] ageShare = {0.08, 0.16, 0.08, 0.1, 0.16, 0.26, 0.15, 0.01};
    Map<String, int[]> members = new HashMap<>();
    Map<String, int[]> sportMembers = new HashMap<>();
    Map<Long, int[]> perClub = new HashMap<>();
    for (int p = 0; p < persons; p++) {
      long[] club = clubs.get(rng.nextInt(clubs.size()));
      int m =
          rng.nextDouble() < 0.7 && club[1] >= 0
              ? (int) club[1]
              : rng.nextInt(municipalities.size());
      String ags = rng.nextDouble() < 0.005 ? "00000000" : municipalities.get(m);
      double x = rng.nextDouble();
      int a = 0;
      while (a < ages.length - 1 && x > ageShare[a]) {
        x -= ageShare[a++];
      }
      double g = rng.nextDouble();
      String gender = g < 0.47 ? "W" : g < 0.97 ? "M" : g < 0.985 ? "D" : "X";
      boolean active = rng.nextDouble() < 0.8;
      members
          .computeIfAbsent(
              club[0] + "|" + ages[a] + "|" + gender + "|" + ags + "|" + active, k -> new int[1])[
          0]++;
      perClub.computeIfAbsent(club[0], k -> new int[1])[0]++;
      // sports by popularity (Zipf-like): a few large sports, many small ones
      int s1 = sports.get(popular(rng, cumulative));
      sportMembers
          .computeIfAbsent(
              club[0] + "|" + s1 + "|" + ags + "|" + ages[a] + "|" + gender, k -> new int[1])[0]++;
      if (rng.nextDouble() < 0.15) {
        int s2 = sports.get(popular(rng, cumulative));
        if (s2 != s1) {
          sportMembers
              .computeIfAbsent(
                  club[0] + "|" + s2 + "|" + ags + "|" + ages[a] + "|" + gender, k -> new int[1])[
              0]++;
        }
      }
    }
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      Date d = Date.valueOf(day);
      batch(
          c,
          "INSERT INTO stat_members (club_id, stichtag, age_group, gender, ags, active, members)"
              + " VALUES (?,?,?,?,?,?,?)",
          members,
          (ps, k, n) -> {
            String[] f = k.split("\\|");
            ps.setLong(1, Long.parseLong(f[0]));
            ps.setDate(2, d);
            ps.setString(3, f[1]);
            ps.setString(4, f[2]);
            ps.setString(5, f[3]);
            ps.setBoolean(6, Boolean.parseBoolean(f[4]));
            ps.setInt(7, n);
          });
      batch(
          c,
          "INSERT INTO stat_sport_members (club_id, stichtag, sport_code, ags, age_group, gender,"
              + " members) VALUES (?,?,?,?,?,?,?)",
          sportMembers,
          (ps, k, n) -> {
            String[] f = k.split("\\|");
            ps.setLong(1, Long.parseLong(f[0]));
            ps.setDate(2, d);
            ps.setInt(3, Integer.parseInt(f[1]));
            ps.setString(4, f[2]);
            ps.setString(5, f[3]);
            ps.setString(6, f[4]);
            ps.setInt(7, n);
          });
      Map<String, int[]> snapshots = new HashMap<>();
      perClub.forEach((k, v) -> snapshots.put(String.valueOf(k), v));
      batch(
          c,
          "INSERT INTO stat_snapshot (club_id, stichtag, computed_at, members) VALUES (?,?,?,?)",
          snapshots,
          (ps, k, n) -> {
            ps.setLong(1, Long.parseLong(k));
            ps.setDate(2, d);
            ps.setTimestamp(3, Timestamp.valueOf(LocalDateTime.now()));
            ps.setInt(4, n);
          });
      c.commit();
    }
  }

  private static int popular(Random rng, double[] cumulative) {
    double x = rng.nextDouble();
    int i = 0;
    while (i < cumulative.length - 1 && cumulative[i] < x) {
      i++;
    }
    return i;
  }

  private interface Binder {
    void bind(PreparedStatement ps, String key, int n) throws Exception;
  }

  private static void batch(Connection c, String sql, Map<String, int[]> rows, Binder binder)
      throws Exception {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      int i = 0;
      for (Map.Entry<String, int[]> e : rows.entrySet()) {
        binder.bind(ps, e.getKey(), e.getValue()[0]);
        ps.addBatch();
        if (++i % 2000 == 0) {
          ps.executeBatch();
        }
      }
      ps.executeBatch();
    }
  }

  /** The club "Statistik-Benchmark e.V." with 10,000 members in four departments, created once. */
  private long ensureClub() throws Exception {
    long existing =
        number("SELECT COALESCE(MAX(id), 0) FROM club WHERE slug = 'statistik-benchmark'");
    if (existing > 0
        && number("SELECT COUNT(*) FROM member WHERE club_id = ?", existing) >= CLUB_MEMBERS) {
      return existing;
    }
    assertTrue(existing == 0, "a half-built benchmark club: delete it first");
    List<String> municipalities = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        ResultSet rs = c.createStatement().executeQuery("SELECT ags FROM municipality")) {
      while (rs.next()) {
        municipalities.add(rs.getString(1));
      }
    }
    long club =
        update(
            "INSERT INTO club (name, slug, kind, legal_form, municipality_ags)"
                + " VALUES ('Statistik-Benchmark e.V.', 'statistik-benchmark', 'SPORT', 'EV',"
                + " '09663000')");
    List<Long> departments = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        ResultSet rs =
            c.createStatement().executeQuery("SELECT code FROM sport ORDER BY code LIMIT 4")) {
      while (rs.next()) {
        departments.add(
            update(
                "INSERT INTO department (club_id, name, sport_code) VALUES (?, ?, ?)",
                club,
                "Abteilung " + rs.getInt(1),
                rs.getInt(1)));
      }
    }
    Random rng = new Random(10_000);
    String[] genders = {"W", "M", "D", "X"};
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO member (club_id, member_number, first_name, last_name, birth_date,"
                  + " gender, municipality_ags, status, entry_date) VALUES (?,?,?,?,?,?,?,?,?)",
              java.sql.Statement.RETURN_GENERATED_KEYS)) {
        for (int i = 0; i < CLUB_MEMBERS; i++) {
          ps.setLong(1, club);
          ps.setString(2, "SB" + i);
          ps.setString(3, "Vorname" + i);
          ps.setString(4, "Benchmark" + i);
          ps.setDate(
              5,
              rng.nextInt(100) == 0
                  ? null
                  : Date.valueOf(LocalDate.of(1930, 1, 1).plusDays(rng.nextInt(34_000))));
          ps.setString(
              6,
              genders[rng.nextInt(100) < 48 ? 0 : rng.nextInt(100) < 95 ? 1 : 2 + rng.nextInt(2)]);
          ps.setString(7, municipalities.get(rng.nextInt(municipalities.size())));
          ps.setString(8, rng.nextInt(5) == 0 ? "PASSIVE" : "ACTIVE");
          ps.setDate(9, Date.valueOf(LocalDate.of(1990, 1, 1).plusDays(rng.nextInt(12_000))));
          ps.addBatch();
          if (i % 1000 == 999) {
            ps.executeBatch();
          }
        }
        ps.executeBatch();
      }
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO member_department (member_id, department_id, club_id, entry_date)"
                  + " SELECT m.id, ?, m.club_id, m.entry_date FROM member m WHERE m.club_id = ?"
                  + " AND (m.id % 4 = ? OR m.id % 9 = ?)")) {
        for (int d = 0; d < departments.size(); d++) {
          ps.setLong(1, departments.get(d));
          ps.setLong(2, club);
          ps.setInt(3, d);
          ps.setInt(4, d);
          ps.executeUpdate();
        }
      }
      c.commit();
    }
    return club;
  }
}
