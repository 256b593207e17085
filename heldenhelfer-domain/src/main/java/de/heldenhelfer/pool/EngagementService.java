package de.heldenhelfer.pool;

import de.heldenhelfer.membership.MemberService;
import de.heldenhelfer.people.Person;
import de.heldenhelfer.security.Actor;
import de.heldenhelfer.security.RequiresSignIn;
import de.heldenhelfer.shared.RuleViolationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The volunteer's record of engagement across all clubs: every shift a club confirmed with hours,
 * sums per club, and the pre-check of the Bavarian Ehrenamtskarte ({@link Ehrenamtskarte}) from
 * these records. The certificate (Ehrenamtsnachweis) is printed from the same lines.
 */
@ApplicationScoped
public class EngagementService {
  @Inject EntityManager em;
  @Inject Actor actor;

  Clock clock = Clock.system(MemberService.ZONE);

  /** One confirmed engagement. */
  public record Line(
      LocalDate date,
      String club,
      String activity,
      double hours,
      String confirmedBy,
      LocalDate confirmedOn) {}

  /** The record for a period. */
  public record Record(
      String volunteer,
      LocalDate from,
      LocalDate to,
      List<Line> lines,
      Map<String, Double> hoursByClub,
      double totalHours,
      Ehrenamtskarte.Assessment ehrenamtskarte) {}

  /** The own record from {@code from} to {@code to} (both inclusive; null: all / today). */
  @RequiresSignIn
  @Transactional
  public Record record(LocalDate from, LocalDate to, Locale locale) {
    long me = actor.require().personId();
    LocalDate today = LocalDate.now(clock);
    LocalDate end = to == null ? today : to;
    LocalDate start = from == null ? LocalDate.of(2000, 1, 1) : from;
    if (start.isAfter(end)) {
      throw new RuleViolationException("from", "engagement.periodReversed");
    }
    List<Line> all = lines(me);
    List<Line> inPeriod =
        all.stream().filter(l -> !l.date().isBefore(start) && !l.date().isAfter(end)).toList();
    Map<String, Double> byClub = new LinkedHashMap<>();
    double total = 0;
    for (Line l : inPeriod) {
      byClub.merge(l.club(), l.hours(), Double::sum);
      total += l.hours();
    }
    LocalDate birth =
        em.createQuery(
                "SELECT v.birthDate FROM VolunteerProfile v WHERE v.person.id = :p",
                LocalDate.class)
            .setParameter("p", me)
            .getResultStream()
            .findFirst()
            .orElse(null);
    boolean juleica =
        em.createQuery(
                    "SELECT COUNT(q) FROM VolunteerQualification q WHERE q.personId = :p"
                        + " AND q.kind = :k AND (q.validUntil IS NULL OR q.validUntil >= :today)",
                    Long.class)
                .setParameter("p", me)
                .setParameter("k", PoolQualification.JULEICA)
                .setParameter("today", today)
                .getSingleResult()
            > 0;
    List<Ehrenamtskarte.Engagement> engagements =
        all.stream()
            .map(l -> new Ehrenamtskarte.Engagement(l.date(), l.hours(), l.club()))
            .toList();
    Ehrenamtskarte.Assessment assessment =
        Ehrenamtskarte.assess(engagements, birth, juleica, today, locale);
    String name = em.find(Person.class, me).displayName();
    return new Record(
        name,
        from == null && !inPeriod.isEmpty() ? inPeriod.get(0).date() : start,
        end,
        inPeriod,
        byClub,
        total,
        assessment);
  }

  private List<Line> lines(long personId) {
    List<SignUp> rows =
        em.createQuery(
                "SELECT u FROM SignUp u JOIN FETCH u.shift s JOIN FETCH s.need n JOIN FETCH n.club"
                    + " WHERE u.person.id = :p AND u.status = :attended ORDER BY s.day, s.startTime",
                SignUp.class)
            .setParameter("p", personId)
            .setParameter("attended", SignUpStatus.ATTENDED)
            .getResultList();
    List<Line> lines = new ArrayList<>();
    for (SignUp u : rows) {
      Shift s = u.shift();
      String activity = s.need().title() + (s.tasks() == null ? "" : " – " + s.tasks());
      lines.add(
          new Line(
              s.day(),
              s.need().club().name(),
              activity,
              u.hours() == null ? 0 : u.hours(),
              u.hoursConfirmedBy(),
              u.hoursConfirmedAt() == null ? null : u.hoursConfirmedAt().toLocalDate()));
    }
    return lines;
  }
}
