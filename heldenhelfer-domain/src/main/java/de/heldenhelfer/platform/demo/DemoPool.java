package de.heldenhelfer.platform.demo;

import de.heldenhelfer.platform.demo.DemoRegion.Club;
import de.heldenhelfer.platform.demo.DemoRegion.Kind;
import de.heldenhelfer.platform.demo.DemoRegion.Person;
import de.heldenhelfer.platform.demo.DemoRegion.VolunteerProfile;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Needs (Helfergesuche) of the demo region, so that the pool, the club's need pages and the
 * agency's list have something to show right after {@code ./hh run}: about one need per eight clubs
 * in the weeks after the load day, with shifts partly booked by demo volunteers, and two past
 * engagements of the helper account with confirmed hours (its record and certificate). Unlike the
 * region itself these dates are relative to the load day, because needs only make sense in the
 * future; the choice of clubs, titles and volunteers is reproducible from the seed.
 */
final class DemoPool {
  /** Title, category, wanted skills, tasks, minimum age, qualifications – by kind of club. */
  private record Template(
      String title,
      String category,
      String skills,
      String tasks,
      int minAge,
      String qualifications,
      String description) {}

  private static final Map<Kind, List<Template>> TEMPLATES = new EnumMap<>(Kind.class);

  static {
    Template festival =
        new Template(
            "Vereinsfest: Aufbau, Ausschank und Kasse",
            "FESTIVAL",
            "aufbau,ausschank,kasse",
            "Zelt und Bänke aufbauen, Getränke ausschenken, Kasse",
            16,
            null,
            "Unser Vereinsfest braucht helfende Hände – vom Aufbau am Morgen bis zum Ausschank am"
                + " Abend. Verpflegung für alle Helferinnen und Helfer ist selbstverständlich.");
    TEMPLATES.put(
        Kind.SPORT,
        List.of(
            festival,
            new Template(
                "Volkslauf: Streckenposten und Zeitnahme",
                "SPORTS_EVENT",
                "streckenposten,zeitnahme,anmeldung,erste_hilfe",
                "Streckenposten an Kreuzungen, Zeitnahme im Ziel, Startnummernausgabe",
                16,
                null,
                "Beim Volkslauf sichern wir die Strecke und messen die Zeiten. Sie bekommen eine"
                    + " Warnweste und eine kurze Einweisung."),
            new Template(
                "Jugendturnier: Betreuung und Kuchenverkauf",
                "SPORTS_EVENT",
                "kinder,kueche,kasse",
                "Mannschaften betreuen, Kuchen verkaufen",
                18,
                "FUEHRUNGSZEUGNIS",
                "Zum Jugendturnier kommen zwölf Mannschaften. Wir suchen Betreuerinnen und Betreuer"
                    + " (erweitertes Führungszeugnis nötig) und Hilfe beim Kuchenverkauf.")));
    TEMPLATES.put(
        Kind.MUSIC,
        List.of(
            new Template(
                "Konzert: Einlass und Pausenbewirtung",
                "CULTURE",
                "kasse,ausschank,aufbau",
                "Karten kontrollieren, Getränke in der Pause",
                16,
                null,
                "Unser Konzert in der Gemeindehalle braucht Helfer am Einlass und in der Pause."),
            festival));
    TEMPLATES.put(
        Kind.FIRE_BRIGADE,
        List.of(
            new Template(
                "Tag der offenen Tür: Kinderprogramm und Grill",
                "FESTIVAL",
                "kinder,kueche,aufbau",
                "Kinderprogramm, Grill, Auf- und Abbau",
                16,
                null,
                "Die Feuerwehr öffnet ihr Gerätehaus. Helfen Sie beim Kinderprogramm oder am Grill.")));
    TEMPLATES.put(
        Kind.SOCIAL,
        List.of(
            new Template(
                "Seniorennachmittag: Fahrdienst und Kaffee",
                "SOCIAL",
                "fahrdienst,kueche",
                "Seniorinnen und Senioren abholen und heimbringen, Kaffee ausschenken",
                18,
                "DRIVING_LICENSE",
                "Wir holen ältere Menschen zu Hause ab und bringen sie wieder heim. Ein Auto stellen"
                    + " wir; Sie brauchen den Führerschein Klasse B."),
            new Template(
                "Lebensmittelausgabe: Sortieren und Ausgeben",
                "SOCIAL",
                "aufbau,anmeldung",
                "Waren sortieren, Ausgabe",
                16,
                "FOOD_HYGIENE",
                "Jeden Samstag geben wir Lebensmittel aus. Eine Belehrung nach § 43"
                    + " Infektionsschutzgesetz ist nötig.")));
    TEMPLATES.put(
        Kind.CULTURE,
        List.of(
            new Template(
                "Theaterabend: Einlass, Technik und Garderobe",
                "CULTURE",
                "technik,kasse",
                "Licht und Ton, Einlass, Garderobe",
                16,
                null,
                "Für unsere Aufführungen suchen wir Hilfe bei Technik, Einlass und Garderobe.")));
    TEMPLATES.put(
        Kind.YOUTH,
        List.of(
            new Template(
                "Zeltlager: Betreuung und Küche",
                "YOUTH",
                "kinder,kueche",
                "Gruppen betreuen, Essen zubereiten",
                18,
                "FUEHRUNGSZEUGNIS",
                "Eine Woche Zeltlager mit 40 Kindern. Betreuerinnen und Betreuer brauchen ein"
                    + " erweitertes Führungszeugnis.")));
    TEMPLATES.put(
        Kind.OTHER,
        List.of(
            new Template(
                "Flurreinigung (Ramadama)",
                "ENVIRONMENT",
                "aufbau",
                "Müll sammeln an Wegen und Bachufern",
                0,
                null,
                "Gemeinsam räumen wir Wege, Wiesen und Bachufer auf. Handschuhe und Säcke sind da."),
            festival));
  }

  private static final LocalTime[] STARTS = {
    LocalTime.of(9, 0), LocalTime.of(10, 0), LocalTime.of(14, 0), LocalTime.of(17, 0)
  };

  private final Connection c;
  private final DemoRegion region;
  private final Map<Long, Long> personIds;
  private final long clubOffset;
  private final Random rng;
  private final LocalDate today;
  private final Timestamp now;

  /** Who has a sign-up on which day (no demo volunteer gets two shifts on one day). */
  private final Map<Long, Set<LocalDate>> busy = new HashMap<>();

  /** The tasks of each need's template, given to its shifts. */
  private final Map<Long, String> tasks = new HashMap<>();

  private int needs;
  private int signUps;

  private DemoPool(
      Connection c,
      DemoRegion region,
      Map<Long, Long> personIds,
      long clubOffset,
      LocalDate today) {
    this.c = c;
    this.region = region;
    this.personIds = personIds;
    this.clubOffset = clubOffset;
    this.rng = new Random(region.seed() ^ 0x9e3779b97f4a7c15L);
    this.today = today;
    this.now = Timestamp.valueOf(LocalDateTime.now(de.heldenhelfer.membership.MemberService.ZONE));
  }

  /**
   * Inserts the demo needs; returns what it inserted, in words for the log.
   *
   * @param personIds region person id to database id
   * @param clubOffset added to a region club id to get the database id
   */
  static String insert(
      Connection c, DemoRegion region, Map<Long, Long> personIds, long clubOffset, LocalDate today)
      throws SQLException {
    DemoPool pool = new DemoPool(c, region, personIds, clubOffset, today);
    pool.generate();
    return pool.needs + " needs, " + pool.signUps + " sign-ups";
  }

  private void generate() throws SQLException {
    List<Long> volunteers = new ArrayList<>();
    long helper = -1;
    for (Person p : region.persons()) {
      if (DemoAccounts.SUBJECT_HELFER.equals(p.subject())) {
        helper = personIds.get(p.id());
      }
    }
    for (VolunteerProfile v : region.volunteerProfiles()) {
      long id = personIds.get(v.personId());
      if (id != helper) {
        volunteers.add(id);
      }
    }
    Club tsv = club(DemoAccounts.CLUB_TSV_WUERZBURG_SUED);
    Club music = club(DemoAccounts.CLUB_MUSIKVEREIN_HOECHBERG);

    // the sports club's own festival: one shift well filled (the helper among them), one empty
    long festival =
        need(
            tsv, TEMPLATES.get(Kind.SPORT).get(0), "Jubiläumsfest des TSV: Helfer gesucht", "POOL");
    long early = shift(festival, tsv, today.plusDays(10), LocalTime.of(10, 0), 4, 6);
    fill(early, festival, tsv, volunteers, 4, helper);
    shift(festival, tsv, today.plusDays(10), LocalTime.of(14, 0), 4, 4);
    // the helper's engagement so far: confirmed hours at two clubs
    long past = need(tsv, TEMPLATES.get(Kind.SPORT).get(1), "Stadtteillauf Würzburg-Süd", "POOL");
    long run = shift(past, tsv, today.minusDays(24), LocalTime.of(9, 0), 4, 8);
    attended(run, past, tsv, helper, 4.0, "Sabine Kraus");
    long concert =
        need(
            music,
            TEMPLATES.get(Kind.MUSIC).get(0),
            "Konzert im Pfarrsaal: Einlass und Pause",
            "POOL");
    long evening = shift(concert, music, today.minusDays(45), LocalTime.of(17, 0), 4, 4);
    attended(evening, concert, music, helper, 3.5, "Thomas Weigand");

    // needs of other clubs in the coming eight weeks
    List<Club> clubs = new ArrayList<>(region.clubs());
    int count = Math.max(8, clubs.size() / 8);
    String[] visibilities = {"POOL", "POOL", "POOL", "PUBLIC", "PUBLIC", "PARTNERS", "CLUB"};
    for (int i = 0; i < count; i++) {
      Club club = clubs.get(rng.nextInt(clubs.size()));
      List<Template> choices = TEMPLATES.getOrDefault(club.kind(), TEMPLATES.get(Kind.OTHER));
      Template t = choices.get(rng.nextInt(choices.size()));
      long needId = need(club, t, t.title(), visibilities[rng.nextInt(visibilities.length)]);
      LocalDate day = today.plusDays(4 + rng.nextInt(52));
      LocalTime start = STARTS[rng.nextInt(STARTS.length)];
      int shifts = 1 + rng.nextInt(3);
      for (int s = 0; s < shifts; s++) {
        int hours = 3 + rng.nextInt(2);
        int capacity = 2 + rng.nextInt(9);
        long shiftId = shift(needId, club, day, start, hours, capacity);
        // most shifts are partly booked, a few are full, some have nobody yet
        double r = rng.nextDouble();
        int taken = r < 0.25 ? 0 : r < 0.9 ? rng.nextInt(capacity) : capacity;
        fill(shiftId, needId, club, volunteers, taken, -1);
        // the next shift follows on the same day, or starts the next day when it would end late
        LocalTime next = start.plusHours(hours);
        if (next.isBefore(LocalTime.of(18, 0))) {
          start = next;
        } else {
          day = day.plusDays(1);
          start = STARTS[rng.nextInt(STARTS.length)];
        }
      }
    }
  }

  private Club club(String slug) {
    return region.clubs().stream()
        .filter(c -> c.slug().equals(slug))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("demo club missing: " + slug));
  }

  private long need(Club club, Template t, String title, String visibility) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO need (club_id, title, description, ags, address, category, visibility,"
                + " min_age, qualifications, skills, cancel_hours, status, created_at, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 24, 'OPEN', ?, ?)",
            Statement.RETURN_GENERATED_KEYS)) {
      ps.setLong(1, club.id() + clubOffset);
      ps.setString(2, title);
      ps.setString(3, t.description());
      ps.setString(4, club.municipalityAgs());
      ps.setString(5, club.street());
      ps.setString(6, t.category());
      ps.setString(7, visibility);
      ps.setInt(8, t.minAge());
      ps.setString(9, t.qualifications());
      ps.setString(10, t.skills());
      ps.setTimestamp(11, now);
      ps.setTimestamp(12, now);
      ps.executeUpdate();
      needs++;
      long id = key(ps);
      tasks.put(id, t.tasks());
      return id;
    }
  }

  private long shift(
      long needId, Club club, LocalDate day, LocalTime start, int hours, int capacity)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO shift (need_id, club_id, day, start_time, end_time, capacity, booked,"
                + " tasks) VALUES (?, ?, ?, ?, ?, ?, 0, ?)",
            Statement.RETURN_GENERATED_KEYS)) {
      ps.setLong(1, needId);
      ps.setLong(2, club.id() + clubOffset);
      ps.setObject(3, day);
      ps.setObject(4, start);
      ps.setObject(5, start.plusHours(hours));
      ps.setInt(6, capacity);
      ps.setString(7, tasks.get(needId));
      ps.executeUpdate();
      return key(ps);
    }
  }

  /** Books {@code taken} places with demo volunteers (and the helper, when given). */
  private void fill(
      long shiftId, long needId, Club club, List<Long> volunteers, int taken, long helper)
      throws SQLException {
    LocalDate day = dayOf(shiftId);
    Set<Long> chosen = new HashSet<>();
    if (helper > 0 && taken > 0) {
      chosen.add(helper);
      busy.computeIfAbsent(helper, k -> new HashSet<>()).add(day);
    }
    int guard = 0;
    while (chosen.size() < taken && guard++ < 50 * (taken + 1)) {
      long person = volunteers.get(rng.nextInt(volunteers.size()));
      if (busy.computeIfAbsent(person, k -> new HashSet<>()).add(day)) {
        chosen.add(person);
      }
    }
    for (long person : chosen) {
      signUp(shiftId, needId, club, person, rng.nextDouble() < 0.75 ? "CONFIRMED" : "PENDING");
    }
    try (PreparedStatement ps = c.prepareStatement("UPDATE shift SET booked = ? WHERE id = ?")) {
      ps.setInt(1, chosen.size());
      ps.setLong(2, shiftId);
      ps.executeUpdate();
    }
  }

  private void attended(
      long shiftId, long needId, Club club, long person, double hours, String confirmedBy)
      throws SQLException {
    long id = signUp(shiftId, needId, club, person, "ATTENDED");
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE sign_up SET hours = ?, hours_confirmed_at = ?, hours_confirmed_by = ?,"
                + " decided_by = ? WHERE id = ?")) {
      ps.setDouble(1, hours);
      ps.setTimestamp(2, now);
      ps.setString(3, confirmedBy);
      ps.setString(4, confirmedBy);
      ps.setLong(5, id);
      ps.executeUpdate();
    }
    try (PreparedStatement ps = c.prepareStatement("UPDATE shift SET booked = 1 WHERE id = ?")) {
      ps.setLong(1, shiftId);
      ps.executeUpdate();
    }
  }

  private long signUp(long shiftId, long needId, Club club, long person, String status)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO sign_up (shift_id, need_id, club_id, person_id, status, created_at,"
                + " decided_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            Statement.RETURN_GENERATED_KEYS)) {
      ps.setLong(1, shiftId);
      ps.setLong(2, needId);
      ps.setLong(3, club.id() + clubOffset);
      ps.setLong(4, person);
      ps.setString(5, status);
      ps.setTimestamp(6, now);
      ps.setTimestamp(7, "PENDING".equals(status) ? null : now);
      ps.executeUpdate();
      signUps++;
      return key(ps);
    }
  }

  private LocalDate dayOf(long shiftId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT day FROM shift WHERE id = ?")) {
      ps.setLong(1, shiftId);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getObject(1, LocalDate.class);
      }
    }
  }

  private static long key(PreparedStatement ps) throws SQLException {
    try (ResultSet keys = ps.getGeneratedKeys()) {
      keys.next();
      return keys.getLong(1);
    }
  }
}
