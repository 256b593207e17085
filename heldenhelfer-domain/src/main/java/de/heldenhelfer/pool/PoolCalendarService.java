package de.heldenhelfer.pool;

import de.heldenhelfer.membership.MemberService;
import de.heldenhelfer.paperwork.CalendarService;
import de.heldenhelfer.paperwork.ICalendar;
import de.heldenhelfer.security.Actor;
import de.heldenhelfer.security.PublicOperation;
import de.heldenhelfer.security.RequiresSignIn;
import de.heldenhelfer.shared.Config;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * A volunteer's calendar feed: their shifts with a place (pending or confirmed) and the ones they
 * attended, as timed events, under a secret URL that can be renewed (the old one stops working).
 */
@ApplicationScoped
public class PoolCalendarService {
  @Inject EntityManager em;
  @Inject Actor actor;

  /** When the own feed was created, if there is one. */
  @RequiresSignIn
  @Transactional
  public Optional<LocalDateTime> feedCreatedAt() {
    return Optional.ofNullable(em.find(PoolFeed.class, actor.require().personId()))
        .map(PoolFeed::createdAt);
  }

  /** Creates or renews the own feed; returns its URL, shown once. */
  @RequiresSignIn
  @Transactional
  public String renewFeed() {
    String token = CalendarService.newSecret();
    long me = actor.require().personId();
    LocalDateTime now = LocalDateTime.now(MemberService.ZONE);
    PoolFeed feed = em.find(PoolFeed.class, me);
    if (feed == null) {
      em.persist(new PoolFeed(me, CalendarService.hash(token), now));
    } else {
      feed.renew(CalendarService.hash(token), now);
    }
    return Config.appUrl() + "/calendar/" + token + ".ics";
  }

  /** Removes the own feed. */
  @RequiresSignIn
  @Transactional
  public void deleteFeed() {
    PoolFeed feed = em.find(PoolFeed.class, actor.require().personId());
    if (feed != null) {
      em.remove(feed);
    }
  }

  /** The feed behind a secret token, or empty when the token is unknown. */
  @PublicOperation("a calendar feed; the secret token in the URL is the proof")
  @Transactional
  public Optional<String> feed(String token) {
    if (!CalendarService.plausible(token)) {
      return Optional.empty();
    }
    List<PoolFeed> feeds =
        em.createQuery("SELECT f FROM PoolFeed f WHERE f.tokenHash = :h", PoolFeed.class)
            .setParameter("h", CalendarService.hash(token))
            .getResultList();
    if (feeds.isEmpty()) {
      return Optional.empty();
    }
    long person = feeds.get(0).personId();
    List<SignUp> rows =
        em.createQuery(
                "SELECT u FROM SignUp u JOIN FETCH u.shift s JOIN FETCH s.need n JOIN FETCH n.club"
                    + " JOIN FETCH n.municipality WHERE u.person.id = :p AND u.status IN :shown"
                    + " AND s.day >= :since ORDER BY s.day, s.startTime",
                SignUp.class)
            .setParameter("p", person)
            .setParameter(
                "shown",
                List.of(SignUpStatus.PENDING, SignUpStatus.CONFIRMED, SignUpStatus.ATTENDED))
            .setParameter(
                "since", LocalDateTime.now(MemberService.ZONE).toLocalDate().minusDays(90))
            .setMaxResults(1000)
            .getResultList();
    String base = Config.appUrl();
    List<ICalendar.Entry> entries =
        rows.stream()
            .map(
                u -> {
                  Shift s = u.shift();
                  Need n = s.need();
                  String place =
                      n.address() == null
                          ? n.municipality().name()
                          : n.address() + ", " + n.municipality().name();
                  String status = u.status().label(java.util.Locale.GERMAN);
                  return new ICalendar.Entry(
                      "shift-" + s.id() + "-" + u.id() + "@heldenhelfer",
                      n.title() + " (" + n.club().name() + ")",
                      status + "\n" + place + (s.tasks() == null ? "" : "\n" + s.tasks()),
                      s.day(),
                      base + "/app/need.xhtml?id=" + n.id(),
                      s.startsAt(),
                      s.endsAt());
                })
            .toList();
    return Optional.of(
        ICalendar.write(
            "Heldenhelfer – meine Schichten", entries, LocalDateTime.now(ZoneOffset.UTC)));
  }
}
