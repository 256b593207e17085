package de.heldenhelfer.directory;

import de.heldenhelfer.membership.MemberService;
import de.heldenhelfer.paperwork.CalendarService;
import de.heldenhelfer.paperwork.ICalendar;
import de.heldenhelfer.pool.Need;
import de.heldenhelfer.pool.NeedVisibility;
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
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A club's public events as a calendar feed: the shifts of its public volunteer needs and the
 * training times it publishes (the coming weeks' sessions). The feed lives under a secret URL the
 * board creates and can renew – the old address then stops working, e.g. when it spread further
 * than wanted. The feed holds only what the club's public page shows.
 */
@ApplicationScoped
public class ClubEventFeed {
  /** How many weeks of training sessions the feed lists. */
  static final int TRAINING_WEEKS = 8;

  @Inject EntityManager em;
  @Inject TenantContext tenant;
  @Inject Actor actor;

  /** When the current club's feed was created or last renewed, if it has one. */
  @RequiresPermission(Permission.CLUB_EDIT)
  @Transactional
  public Optional<LocalDateTime> createdAt() {
    return Optional.ofNullable(em.find(ClubFeed.class, tenant.requireClubId()))
        .map(ClubFeed::createdAt);
  }

  /** Creates or renews the current club's feed; returns its URL (shown once). */
  @RequiresPermission(Permission.CLUB_EDIT)
  @Transactional
  public String renew() {
    String token = CalendarService.newSecret();
    long club = tenant.requireClubId();
    long by = actor.require().personId();
    LocalDateTime now = LocalDateTime.now(MemberService.ZONE);
    ClubFeed feed = em.find(ClubFeed.class, club);
    if (feed == null) {
      em.persist(new ClubFeed(club, CalendarService.hash(token), by, now));
    } else {
      feed.renew(CalendarService.hash(token), by, now);
    }
    return Config.appUrl() + "/calendar/" + token + ".ics";
  }

  /** Switches the current club's feed off; its address answers 404 from now on. */
  @RequiresPermission(Permission.CLUB_EDIT)
  @Transactional
  public void delete() {
    ClubFeed feed = em.find(ClubFeed.class, tenant.requireClubId());
    if (feed != null) {
      em.remove(feed);
    }
  }

  /** The feed behind a secret token, or empty when the token is unknown or revoked. */
  @PublicOperation("a club's public events; the secret token in the URL is the proof")
  @Transactional
  public Optional<String> feed(String token) {
    if (!CalendarService.plausible(token)) {
      return Optional.empty();
    }
    List<ClubFeed> feeds =
        em.createQuery("SELECT f FROM ClubFeed f WHERE f.tokenHash = :h", ClubFeed.class)
            .setParameter("h", CalendarService.hash(token))
            .getResultList();
    if (feeds.isEmpty()) {
      return Optional.empty();
    }
    long club = feeds.get(0).clubId();
    List<Object[]> found = rows("SELECT name, slug FROM club WHERE id = ?1", club);
    String clubName = (String) found.get(0)[0];

    String page = Config.appUrl() + "/vereine/" + found.get(0)[1];
    LocalDate today = LocalDate.now(MemberService.ZONE);
    List<ICalendar.Entry> entries = new ArrayList<>();
    for (Object[] r :
        rows(
            "SELECT s.id, n.id, n.title, s.day, s.start_time, s.end_time, s.tasks, n.address,"
                + " m.name FROM shift s JOIN need n ON n.id = s.need_id JOIN municipality m ON"
                + " m.ags = n.ags WHERE n.club_id = ?1 AND n.visibility = ?2 AND n.status = ?3"
                + " AND s.day >= ?4 ORDER BY s.day, s.start_time LIMIT 1000",
            club,
            NeedVisibility.PUBLIC.name(),
            Need.Status.OPEN.name(),
            today.minusDays(30))) {
      LocalDate day = ((java.sql.Date) r[3]).toLocalDate();
      String place = r[7] == null ? (String) r[8] : r[7] + ", " + r[8];
      entries.add(
          new ICalendar.Entry(
              "club-shift-" + r[0] + "@heldenhelfer",
              r[2] + " (" + clubName + ")",
              place + (r[6] == null ? "" : "\n" + r[6]),
              day,
              page,
              day.atTime(Sql.time(r[4])),
              day.atTime(Sql.time(r[5]))));
    }
    for (Object[] t :
        rows(
            "SELECT g.id, g.name, s.name_de, g.facility, m.name, g.weekday, g.start_time,"
                + " g.end_time FROM training_group g LEFT JOIN sport s ON s.code = g.sport_code"
                + " LEFT JOIN municipality m ON m.ags = g.facility_ags WHERE g.club_id = ?1 AND"
                + " g.published ORDER BY g.weekday, g.start_time",
            club)) {
      LocalDate first =
          today.with(TemporalAdjusters.nextOrSame(DayOfWeek.of(((Number) t[5]).intValue())));
      String what = t[2] == null ? (String) t[1] : t[1] + " – " + t[2];
      String where = t[4] == null ? (String) t[3] : t[3] + ", " + t[4];
      for (int week = 0; week < TRAINING_WEEKS; week++) {
        LocalDate day = first.plusWeeks(week);
        entries.add(
            new ICalendar.Entry(
                "club-training-" + t[0] + "-" + day + "@heldenhelfer",
                what + " (" + clubName + ")",
                where,
                day,
                page,
                day.atTime(Sql.time(t[6])),
                day.atTime(Sql.time(t[7]))));
      }
    }
    entries.sort(java.util.Comparator.comparing((ICalendar.Entry e) -> e.start()));
    return Optional.of(
        ICalendar.write(clubName + " – Termine", entries, LocalDateTime.now(ZoneOffset.UTC)));
  }

  private List<Object[]> rows(String sql, Object... params) {
    return Sql.rows(em, sql, params);
  }
}
