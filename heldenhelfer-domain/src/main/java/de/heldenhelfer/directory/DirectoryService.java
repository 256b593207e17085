package de.heldenhelfer.directory;

import de.heldenhelfer.club.ClubChanged;
import de.heldenhelfer.club.ClubKind;
import de.heldenhelfer.club.Municipality;
import de.heldenhelfer.club.ReferenceData;
import de.heldenhelfer.membership.MemberService;
import de.heldenhelfer.platform.mail.MailOutbox;
import de.heldenhelfer.pool.Need;
import de.heldenhelfer.pool.NeedCategory;
import de.heldenhelfer.pool.NeedVisibility;
import de.heldenhelfer.pool.PoolService;
import de.heldenhelfer.security.PublicOperation;
import de.heldenhelfer.shared.Messages;
import de.heldenhelfer.shared.NotFoundException;
import de.heldenhelfer.shared.RuleViolationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The public directory of the region's clubs (no login): only clubs verified by the service desk,
 * only what a club publishes – name, kind, municipality, purpose, description, website, departments
 * and sports, the training times it chooses to publish and its public needs. A club's e-mail
 * address is never shown; visitors write through a contact form that mails the club.
 */
@ApplicationScoped
public class DirectoryService {
  /** Clubs per page of the directory. */
  public static final int PAGE_SIZE = 20;

  /** Most open public needs a club page lists (the soonest first). */
  static final int PUBLIC_NEEDS = 50;

  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

  @Inject EntityManager em;
  @Inject MailOutbox outbox;
  @Inject ReferenceData reference;

  /** How the directory is searched; every part may be empty. */
  public record Query(
      String text, String ags, ClubKind kind, Integer sport, String nearAgs, int page) {
    public Query {
      page = Math.max(0, page);
      text = text == null ? "" : text.strip();
    }
  }

  /** One club in the list. */
  public record Entry(
      String slug,
      String name,
      ClubKind kind,
      String ags,
      String municipality,
      String purpose,
      List<String> sports,
      Integer distanceKm) {
    /** The sports, comma-separated. */
    public String sportList() {
      return String.join(", ", sports);
    }
  }

  /** A page of the directory. */
  public record Page(List<Entry> clubs, int total, int page, int pages) {}

  /** A department with its sport (may be null). */
  public record Department(String name, String sport) {}

  /** A published training time. */
  public record TrainingTime(
      String group,
      String sport,
      String facility,
      String municipality,
      int weekday,
      LocalTime start,
      LocalTime end) {}

  /** A club's public page. */
  public record Profile(
      String slug,
      String name,
      ClubKind kind,
      String ags,
      String municipality,
      String purpose,
      String description,
      String website,
      Integer foundedYear,
      List<Department> departments,
      List<TrainingTime> trainingTimes,
      List<PoolService.NeedCard> needs) {}

  /** Every verified club, by name: the directory as open data. */
  @PublicOperation("the directory lists verified clubs' public data")
  @Transactional
  public List<Entry> all(Locale locale) {
    return entries(new Query(null, null, null, null, null, 0), locale);
  }

  @PublicOperation("the directory lists verified clubs' public data")
  @Transactional
  public Page search(Query q, Locale locale) {
    List<Entry> all = entries(q, locale);
    int pages = Math.max(1, (all.size() + PAGE_SIZE - 1) / PAGE_SIZE);
    int page = Math.min(q.page(), pages - 1);
    List<Entry> slice =
        all.subList(
            Math.min(all.size(), page * PAGE_SIZE), Math.min(all.size(), (page + 1) * PAGE_SIZE));
    return new Page(List.copyOf(slice), all.size(), page, pages);
  }

  /** A verified club as the directory searches it, with its texts in lower case once. */
  private record ClubRow(
      long id,
      String slug,
      String name,
      ClubKind kind,
      String ags,
      String purpose,
      String searchText,
      List<Integer> sportCodes,
      List<String> sports) {}

  /** The directory's data in one language, read at {@code readAt}. */
  private record Snapshot(
      List<ClubRow> clubs, Map<String, Municipality> municipalities, long readAt) {}

  /** How long a snapshot serves searches when no club change was observed (milliseconds). */
  static final long SNAPSHOT_TTL_MS = 60_000;

  private final Map<String, Snapshot> snapshots = new ConcurrentHashMap<>();
  private final java.util.concurrent.atomic.AtomicLong generation =
      new java.util.concurrent.atomic.AtomicLong();

  /**
   * A club changed what the directory shows (verified, profile): the next search reads afresh. Only
   * after the change committed, so no reader caches the old state again.
   */
  void clubChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ClubChanged event) {
    generation.incrementAndGet();
    snapshots.clear();
  }

  private Snapshot snapshot(Locale locale) {
    String language = "en".equals(locale.getLanguage()) ? "en" : "de";
    long now = System.currentTimeMillis();
    Snapshot s = snapshots.get(language);
    if (s == null || now - s.readAt() > SNAPSHOT_TTL_MS) {
      long before = generation.get();
      s = readSnapshot(language, now);
      if (generation.get() == before) {
        snapshots.put(language, s); // not if a club changed while we read
      }
    }
    return s;
  }

  private Snapshot readSnapshot(String language, long now) {
    Map<Long, List<String>> sportsOf = new HashMap<>();
    Map<Long, List<Integer>> sportCodesOf = new HashMap<>();
    for (Object[] r :
        rows(
            "SELECT DISTINCT d.club_id, s.code, CASE WHEN ?1 = 'en' THEN s.name_en ELSE s.name_de"
                + " END FROM department d JOIN club c ON c.id = d.club_id JOIN sport s ON s.code ="
                + " d.sport_code WHERE c.verified ORDER BY 3",
            language)) {
      long club = ((Number) r[0]).longValue();
      sportCodesOf.computeIfAbsent(club, x -> new ArrayList<>()).add(((Number) r[1]).intValue());
      sportsOf.computeIfAbsent(club, x -> new ArrayList<>()).add((String) r[2]);
    }
    List<ClubRow> clubs = new ArrayList<>();
    for (Object[] r :
        rows(
            "SELECT id, slug, name, kind, municipality_ags, purpose, public_description FROM club"
                + " WHERE verified")) {
      long id = ((Number) r[0]).longValue();
      clubs.add(
          new ClubRow(
              id,
              (String) r[1],
              (String) r[2],
              ClubKind.valueOf((String) r[3]),
              (String) r[4],
              (String) r[5],
              lower(r[2]) + "\n" + lower(r[5]) + "\n" + lower(r[6]),
              List.copyOf(sportCodesOf.getOrDefault(id, List.of())),
              List.copyOf(sportsOf.getOrDefault(id, List.of()))));
    }
    return new Snapshot(List.copyOf(clubs), Map.copyOf(municipalities()), now);
  }

  private List<Entry> entries(Query q, Locale locale) {
    Snapshot snapshot = snapshot(locale);
    Map<String, Municipality> municipalities = snapshot.municipalities();
    Municipality near = q.nearAgs() == null ? null : municipalities.get(q.nearAgs());
    String text = q.text().toLowerCase(Locale.GERMAN);
    List<Entry> all = new ArrayList<>();
    for (ClubRow c : snapshot.clubs()) {
      if ((q.kind() != null && q.kind() != c.kind())
          || (q.ags() != null && !q.ags().isBlank() && !q.ags().equals(c.ags()))
          || (q.sport() != null && !c.sportCodes().contains(q.sport()))
          || (!text.isEmpty() && !c.searchText().contains(text))) {
        continue;
      }
      Municipality m = municipalities.get(c.ags());
      Integer km = near == null || m == null ? null : (int) Math.round(near.distanceKm(m));
      all.add(
          new Entry(
              c.slug(),
              c.name(),
              c.kind(),
              c.ags(),
              m == null ? c.ags() : m.name(),
              c.purpose(),
              c.sports(),
              km));
    }
    Comparator<Entry> byName = Comparator.comparing(e -> e.name().toLowerCase(Locale.GERMAN));
    all.sort(near == null ? byName : Comparator.comparing(Entry::distanceKm).thenComparing(byName));
    return all;
  }

  /** The public page of a verified club; 404 for any other slug. */
  @PublicOperation("a verified club's public page")
  @Transactional
  public Profile club(String slug, Locale locale) {
    List<Object[]> found =
        rows(
            "SELECT id, slug, name, kind, municipality_ags, purpose, public_description, website,"
                + " founded_year FROM club WHERE verified AND slug = ?1",
            slug == null ? "" : slug);
    if (found.isEmpty()) {
      throw new NotFoundException();
    }
    Object[] c = found.get(0);
    long id = ((Number) c[0]).longValue();
    boolean en = "en".equals(locale.getLanguage());
    List<Department> departments = new ArrayList<>();
    for (Object[] d :
        rows(
            "SELECT d.name, s.name_de, s.name_en FROM department d LEFT JOIN sport s ON s.code ="
                + " d.sport_code WHERE d.club_id = ?1 ORDER BY d.name",
            id)) {
      departments.add(new Department((String) d[0], (String) (en ? d[2] : d[1])));
    }
    Map<String, Municipality> municipalities = snapshot(locale).municipalities();
    List<TrainingTime> times = new ArrayList<>();
    for (Object[] t :
        rows(
            "SELECT g.name, s.name_de, s.name_en, g.facility, g.facility_ags, g.weekday,"
                + " g.start_time, g.end_time FROM training_group g LEFT JOIN sport s ON s.code ="
                + " g.sport_code WHERE g.club_id = ?1 AND g.published ORDER BY g.weekday,"
                + " g.start_time",
            id)) {
      Municipality m = municipalities.get((String) t[4]);
      times.add(
          new TrainingTime(
              (String) t[0],
              (String) (en ? t[2] : t[1]),
              (String) t[3],
              m == null ? (String) t[4] : m.name(),
              ((Number) t[5]).intValue(),
              Sql.time(t[6]),
              Sql.time(t[7])));
    }
    String name = (String) c[2];
    List<PoolService.NeedCard> needs = new ArrayList<>();
    for (Object[] n :
        rows(
            "SELECT n.id, n.title, m.ags, m.name, n.category, MIN(s.day), MAX(s.day), COUNT(s.id),"
                + " SUM(s.capacity - s.booked) FROM shift s JOIN need n ON n.id = s.need_id JOIN"
                + " municipality m ON m.ags = n.ags WHERE n.club_id = ?1 AND n.visibility = ?2 AND"
                + " n.status = ?3 AND s.day >= ?4 GROUP BY n.id, n.title, m.ags, m.name,"
                + " n.category ORDER BY MIN(s.day), n.id LIMIT "
                + PUBLIC_NEEDS,
            id,
            NeedVisibility.PUBLIC.name(),
            Need.Status.OPEN.name(),
            LocalDate.now(MemberService.ZONE))) {
      needs.add(
          new PoolService.NeedCard(
              ((Number) n[0]).longValue(),
              (String) n[1],
              name,
              (String) n[2],
              (String) n[3],
              NeedCategory.valueOf((String) n[4]),
              NeedVisibility.PUBLIC,
              ((java.sql.Date) n[5]).toLocalDate(),
              ((java.sql.Date) n[6]).toLocalDate(),
              ((Number) n[7]).intValue(),
              ((Number) n[8]).intValue(),
              null));
    }
    Municipality m = municipalities.get((String) c[4]);
    return new Profile(
        (String) c[1],
        name,
        ClubKind.valueOf((String) c[3]),
        (String) c[4],
        m == null ? (String) c[4] : m.name(),
        (String) c[5],
        (String) c[6],
        (String) c[7],
        c[8] == null ? null : ((Number) c[8]).intValue(),
        departments,
        times,
        needs);
  }

  /**
   * A visitor writes to a club: the message goes to the club's address by mail (queued in this
   * transaction), the visitor never learns the address. Returns false when the club has no address
   * to write to.
   */
  @PublicOperation("anyone may write to a verified club; the club's address is not revealed")
  @Transactional
  public boolean contact(String slug, String senderName, String senderEmail, String message) {
    String name = senderName == null ? "" : senderName.strip();
    String email = senderEmail == null ? "" : senderEmail.strip();
    String text = message == null ? "" : message.strip();
    if (name.isEmpty() || name.length() > 100) {
      throw new RuleViolationException("name", "directory.contact.name");
    }
    if (!EMAIL.matcher(email).matches() || email.length() > 200) {
      throw new RuleViolationException("email", "directory.contact.email");
    }
    if (text.length() < 10 || text.length() > 4000) {
      throw new RuleViolationException("message", "directory.contact.message", 10, 4000);
    }
    List<Object[]> found =
        rows("SELECT name, email FROM club WHERE verified AND slug = ?1", slug == null ? "" : slug);
    if (found.isEmpty()) {
      throw new NotFoundException();
    }
    String clubName = (String) found.get(0)[0];
    String clubEmail = (String) found.get(0)[1];
    if (clubEmail == null || clubEmail.isBlank()) {
      return false;
    }
    outbox.enqueue(
        "directory-contact:" + UUID.randomUUID(),
        clubEmail,
        Messages.get(Locale.GERMAN, "directory.contact.subject", name),
        Messages.get(Locale.GERMAN, "directory.contact.body", clubName, name, email, text));
    return true;
  }

  private Map<String, Municipality> municipalities() {
    Map<String, Municipality> out = new LinkedHashMap<>();
    for (Municipality m : reference.municipalities()) {
      out.put(m.ags(), m);
    }
    return out;
  }

  private static String lower(Object o) {
    return o == null ? "" : o.toString().toLowerCase(Locale.GERMAN);
  }

  private List<Object[]> rows(String sql, Object... params) {
    return Sql.rows(em, sql, params);
  }
}
