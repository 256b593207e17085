package de.heldenhelfer.paperwork;

import de.heldenhelfer.club.Club;
import de.heldenhelfer.membership.MemberService;
import de.heldenhelfer.people.ClubRoleAssignment;
import de.heldenhelfer.security.Actor;
import de.heldenhelfer.security.Permission;
import de.heldenhelfer.security.PublicOperation;
import de.heldenhelfer.security.RequiresPermission;
import de.heldenhelfer.shared.Config;
import de.heldenhelfer.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Personal calendar feeds (iCal): a board member subscribes to a secret URL in a calendar app and
 * sees the club's pending tasks they are responsible for, plus the unassigned ones. The URL's token
 * is shown once; only its SHA-256 is stored. The feed stops when the person no longer holds a role
 * with {@link Permission#TASK_READ} in the club, and renewing the URL invalidates the old one.
 */
@ApplicationScoped
public class CalendarService {
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject EntityManager em;
  @Inject Actor actor;
  @Inject TenantContext tenant;

  /** When the current person's feed in this club was created, if there is one. */
  @RequiresPermission(Permission.TASK_READ)
  @Transactional
  public Optional<LocalDateTime> feedCreatedAt() {
    return own().map(CalendarFeed::createdAt);
  }

  /**
   * Creates the current person's feed or replaces its secret; returns the feed's URL, which is
   * shown once (the old URL stops working).
   */
  @RequiresPermission(Permission.TASK_READ)
  @Transactional
  public String renewFeed() {
    String token = newSecret();
    LocalDateTime now = LocalDateTime.now(MemberService.ZONE);
    Optional<CalendarFeed> existing = own();
    if (existing.isPresent()) {
      existing.get().renew(hash(token), now);
    } else {
      em.persist(
          new CalendarFeed(tenant.requireClubId(), actor.require().personId(), hash(token), now));
    }
    return Config.appUrl() + "/calendar/" + token + ".ics";
  }

  /** Removes the current person's feed. */
  @RequiresPermission(Permission.TASK_READ)
  @Transactional
  public void deleteFeed() {
    own().ifPresent(em::remove);
  }

  /**
   * The feed behind a secret token, or empty when the token is unknown or its person has lost the
   * board role. Enters the feed's club for the rest of the request.
   */
  @PublicOperation("a calendar feed; the secret token in the URL is the proof")
  @Transactional
  public Optional<String> feed(String token) {
    if (!plausible(token)) {
      return Optional.empty();
    }
    List<CalendarFeed> feeds =
        em.createQuery("SELECT f FROM CalendarFeed f WHERE f.tokenHash = :h", CalendarFeed.class)
            .setParameter("h", hash(token))
            .getResultList();
    if (feeds.isEmpty()) {
      return Optional.empty();
    }
    CalendarFeed feed = feeds.get(0);
    boolean mayRead =
        em
            .createQuery(
                "SELECT a FROM ClubRoleAssignment a WHERE a.club.id = :club AND a.person.id = :p",
                ClubRoleAssignment.class)
            .setParameter("club", feed.clubId())
            .setParameter("p", feed.personId())
            .getResultList()
            .stream()
            .anyMatch(a -> a.role().permissions().contains(Permission.TASK_READ));
    if (!mayRead) {
      return Optional.empty();
    }
    tenant.enter(feed.clubId());
    Club club = em.find(Club.class, feed.clubId());
    LocalDate today = LocalDate.now(MemberService.ZONE);
    List<ClubTask> tasks =
        em.createQuery(
                "SELECT t FROM ClubTask t LEFT JOIN t.responsible r WHERE t.status IN :pending"
                    + " AND t.dueDate >= :since AND (r IS NULL OR r.personId = :person)"
                    + " ORDER BY t.dueDate, t.id",
                ClubTask.class)
            .setParameter("pending", List.of(TaskStatus.OPEN, TaskStatus.IN_PROGRESS))
            .setParameter("since", today.minusDays(90))
            .setParameter("person", feed.personId())
            .setMaxResults(1000)
            .getResultList();
    String base = Config.appUrl();
    List<ICalendar.Entry> entries =
        tasks.stream()
            .map(
                t ->
                    new ICalendar.Entry(
                        "task-" + t.id() + "@heldenhelfer",
                        t.title(),
                        t.description(),
                        t.dueDate(),
                        base + "/app/task.xhtml?id=" + t.id()))
            .toList();
    return Optional.of(
        ICalendar.write(
            "Heldenhelfer – " + club.name(), entries, LocalDateTime.now(ZoneOffset.UTC)));
  }

  private Optional<CalendarFeed> own() {
    return em
        .createQuery(
            "SELECT f FROM CalendarFeed f WHERE f.clubId = :club AND f.personId = :p",
            CalendarFeed.class)
        .setParameter("club", tenant.requireClubId())
        .setParameter("p", actor.require().personId())
        .getResultList()
        .stream()
        .findFirst();
  }

  /** Whether {@code token} can be a feed secret at all (before it is hashed and looked up). */
  public static boolean plausible(String token) {
    return token != null && token.length() >= 20 && token.length() <= 100;
  }

  /** A new secret token for a feed address: 32 random bytes, URL-safe Base64. */
  public static String newSecret() {
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
  }

  /** The SHA-256 (hex) under which a feed's secret token is stored. */
  public static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
