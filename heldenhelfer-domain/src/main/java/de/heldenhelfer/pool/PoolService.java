package de.heldenhelfer.pool;

import de.heldenhelfer.membership.MemberService;
import de.heldenhelfer.people.Person;
import de.heldenhelfer.people.VolunteerProfile;
import de.heldenhelfer.security.Actor;
import de.heldenhelfer.security.Principal;
import de.heldenhelfer.security.PublicOperation;
import de.heldenhelfer.security.RequiresSignIn;
import de.heldenhelfer.shared.GermanDates;
import de.heldenhelfer.shared.NotFoundException;
import de.heldenhelfer.shared.RuleViolationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The volunteer's side of the pool: finding needs, signing up for shifts (never overbooked: the
 * shift row is locked and its booked counter checked and changed in the same transaction), the
 * waiting list, cancelling up to the need's deadline, the own sign-ups and proposals.
 *
 * <p>Pool rows are not tenant-filtered. What a person may see is decided here, in {@link
 * PoolVisibility}, from the person's club roles and the clubs' partnerships (ADR 0012).
 */
@ApplicationScoped
public class PoolService {
  /** Most needs one list shows. */
  public static final int LIST_LIMIT = 200;

  @Inject EntityManager em;
  @Inject Actor actor;
  @Inject PoolVisibility visibility;
  @Inject PoolMails mails;
  @Inject OpenNeedsCache cache;

  Clock clock = Clock.system(MemberService.ZONE);

  /** What a volunteer filters the open needs by; every part is optional. */
  public record NeedFilter(
      LocalDate from,
      LocalDate to,
      String ags,
      Integer maxKm,
      NeedCategory category,
      String skill,
      String text) {
    public static NeedFilter none() {
      return new NeedFilter(null, null, null, null, null, null, null);
    }
  }

  /** One need in a list. */
  public record NeedCard(
      long id,
      String title,
      String clubName,
      String ags,
      String municipality,
      NeedCategory category,
      NeedVisibility visibility,
      LocalDate firstDay,
      LocalDate lastDay,
      int shifts,
      int freePlaces,
      Integer distanceKm) {}

  /** A shift as a volunteer sees it, with their own sign-up if any. */
  public record ShiftView(
      long id,
      LocalDate day,
      LocalTime start,
      LocalTime end,
      int capacity,
      int booked,
      int freePlaces,
      int waiting,
      String tasks,
      boolean started,
      Long mySignUpId,
      SignUpStatus myStatus) {}

  /** A need with its shifts. */
  public record NeedView(
      long id,
      long version,
      long clubId,
      String clubName,
      String title,
      String description,
      String ags,
      String municipality,
      String address,
      NeedCategory category,
      NeedVisibility visibility,
      int minAge,
      Set<PoolQualification> qualifications,
      Set<String> skills,
      int cancelHours,
      boolean open,
      List<ShiftView> shifts) {}

  /** The outcome of a sign-up: a place (pending the club's confirmation) or the waiting list. */
  public record SignUpResult(long signUpId, SignUpStatus status, int waitingPosition) {}

  /** One of the volunteer's own sign-ups. */
  public record MySignUp(
      long id,
      long needId,
      String needTitle,
      String clubName,
      String municipality,
      String address,
      LocalDate day,
      LocalTime start,
      LocalTime end,
      SignUpStatus status,
      boolean cancellable,
      LocalDateTime cancelDeadline,
      Double hours,
      String hoursConfirmedBy) {}

  /** Open needs the current person (or an anonymous visitor: public needs only) may see. */
  @PublicOperation("anonymous visitors see public needs only; PoolVisibility decides")
  @Transactional
  public List<NeedCard> openNeeds(NeedFilter filter) {
    NeedFilter f = filter == null ? NeedFilter.none() : filter;
    PoolVisibility.Scope scope = visibility.scope(actor.principal().orElse(null));
    LocalDate today = LocalDate.now(clock);
    if (scope.ownClubs().isEmpty() && scope.partnerOf().isEmpty()) {
      // the same list for every visitor, or for every volunteer without a club
      return cache.get(
          new OpenNeedsCache.Key(scope.signedIn(), f, today), () -> readOpenNeeds(f, scope, today));
    }
    return readOpenNeeds(f, scope, today);
  }

  private List<NeedCard> readOpenNeeds(NeedFilter f, PoolVisibility.Scope scope, LocalDate today) {
    LocalDate from = f.from() == null || f.from().isBefore(today) ? today : f.from();
    boolean nearby = f.ags() != null && !f.ags().isBlank();
    boolean withinKm = nearby && f.maxKm() != null && f.maxKm() > 0;
    double[] origin = nearby ? visibility.coordinates(f.ags()) : null;
    StringBuilder jpql =
        new StringBuilder(
            "SELECT n.id, n.title, c.name, m.ags, m.name, n.category, n.visibility, MIN(s.day),"
                + " MAX(s.day), COUNT(s.id), SUM(s.capacity - s.booked), m.lat, m.lon"
                + " FROM Shift s JOIN s.need n JOIN n.club c JOIN n.municipality m"
                + " WHERE s.day >= :from AND n.status = :open AND ");
    jpql.append(scope.jpql("n"));
    if (f.to() != null) {
      jpql.append(" AND s.day <= :to");
    }
    if (f.category() != null) {
      jpql.append(" AND n.category = :category");
    }
    if (f.skill() != null && !f.skill().isBlank()) {
      jpql.append(" AND n.skills LIKE :skill");
    }
    if (f.text() != null && !f.text().isBlank()) {
      jpql.append(" AND (n.title LIKE :text OR c.name LIKE :text OR n.description LIKE :text)");
    }
    if (nearby && !withinKm) {
      jpql.append(" AND m.ags = :ags");
    }
    if (withinKm && origin != null) {
      // a box around the origin in SQL, the exact distance below: the list limit then counts
      // only needs that are really near
      jpql.append(" AND m.lat BETWEEN :latMin AND :latMax AND m.lon BETWEEN :lonMin AND :lonMax");
    }
    jpql.append(
        " GROUP BY n.id, n.title, c.name, m.ags, m.name, n.category, n.visibility, m.lat, m.lon"
            + " ORDER BY MIN(s.day), n.id");
    TypedQuery<Object[]> q = em.createQuery(jpql.toString(), Object[].class);
    q.setParameter("from", from).setParameter("open", Need.Status.OPEN);
    scope.bind(q);
    if (f.to() != null) {
      q.setParameter("to", f.to());
    }
    if (f.category() != null) {
      q.setParameter("category", f.category());
    }
    if (f.skill() != null && !f.skill().isBlank()) {
      q.setParameter("skill", "%" + f.skill().strip() + "%");
    }
    if (f.text() != null && !f.text().isBlank()) {
      q.setParameter("text", "%" + f.text().strip() + "%");
    }
    if (nearby && !withinKm) {
      q.setParameter("ags", f.ags());
    }
    if (withinKm && origin != null) {
      double dLat = f.maxKm() / 111.0;
      double dLon = f.maxKm() / (111.0 * Math.cos(Math.toRadians(origin[0])));
      q.setParameter("latMin", origin[0] - dLat).setParameter("latMax", origin[0] + dLat);
      q.setParameter("lonMin", origin[1] - dLon).setParameter("lonMax", origin[1] + dLon);
    } else {
      q.setMaxResults(LIST_LIMIT);
    }
    List<NeedCard> cards = new ArrayList<>();
    for (Object[] r : q.getResultList()) {
      Integer km = null;
      if (origin != null) {
        km =
            (int)
                Math.round(
                    Matching.distanceKm(
                        origin[0],
                        origin[1],
                        ((Number) r[11]).doubleValue(),
                        ((Number) r[12]).doubleValue()));
        if (withinKm && km > f.maxKm()) {
          continue;
        }
      }
      cards.add(
          new NeedCard(
              (Long) r[0],
              (String) r[1],
              (String) r[2],
              (String) r[3],
              (String) r[4],
              (NeedCategory) r[5],
              (NeedVisibility) r[6],
              (LocalDate) r[7],
              (LocalDate) r[8],
              ((Number) r[9]).intValue(),
              ((Number) r[10]).intValue(),
              km));
      if (cards.size() == LIST_LIMIT) {
        break;
      }
    }
    return cards;
  }

  /** A need the current person may see, with its shifts; unknown or hidden needs are not found. */
  @PublicOperation("anonymous visitors see public needs only; PoolVisibility decides")
  @Transactional
  public NeedView need(long needId) {
    Need need = em.find(Need.class, needId);
    Principal principal = actor.principal().orElse(null);
    if (need == null || !visibility.scope(principal).allows(need)) {
      throw new NotFoundException();
    }
    return view(need, principal == null ? null : principal.personId());
  }

  NeedView view(Need need, Long personId) {
    Map<Long, SignUp> mine = new HashMap<>();
    if (personId != null) {
      em.createQuery(
              "SELECT u FROM SignUp u WHERE u.needId = :n AND u.person.id = :p", SignUp.class)
          .setParameter("n", need.id())
          .setParameter("p", personId)
          .getResultList()
          .forEach(u -> mine.put(u.shift().id(), u));
    }
    Map<Long, Integer> waiting = new HashMap<>();
    em.createQuery(
            "SELECT u.shift.id, COUNT(u) FROM SignUp u WHERE u.needId = :n AND u.status = :w"
                + " GROUP BY u.shift.id",
            Object[].class)
        .setParameter("n", need.id())
        .setParameter("w", SignUpStatus.WAITING)
        .getResultList()
        .forEach(r -> waiting.put((Long) r[0], ((Number) r[1]).intValue()));
    LocalDateTime now = LocalDateTime.now(clock);
    List<ShiftView> shifts = new ArrayList<>();
    for (Shift s : need.shifts()) {
      SignUp u = mine.get(s.id());
      shifts.add(
          new ShiftView(
              s.id(),
              s.day(),
              s.startTime(),
              s.endTime(),
              s.capacity(),
              s.booked(),
              s.freePlaces(),
              waiting.getOrDefault(s.id(), 0),
              s.tasks(),
              !s.startsAt().isAfter(now),
              u == null ? null : u.id(),
              u == null ? null : u.status()));
    }
    return new NeedView(
        need.id(),
        need.version(),
        need.clubId(),
        need.club().name(),
        need.title(),
        need.description(),
        need.municipality().ags(),
        need.municipality().name(),
        need.address(),
        need.category(),
        need.visibility(),
        need.minAge(),
        need.qualifications(),
        need.skills(),
        need.cancelHours(),
        need.isOpen(),
        shifts);
  }

  /**
   * Signs the current person up for a shift. While the shift row is locked, the rules are checked
   * (minimum age, qualifications, no overlapping shift) and a place is taken if one is free;
   * otherwise the person joins the waiting list. Refusals carry the reason.
   */
  @RequiresSignIn
  @Transactional
  public SignUpResult signUp(long shiftId) {
    return signUp(shiftId, null);
  }

  SignUpResult signUp(long shiftId, Long proposalId) {
    Principal principal = actor.require();
    // Lock first: the counter read under the lock is the committed truth (InnoDB locking read).
    Shift shift = em.find(Shift.class, shiftId, LockModeType.PESSIMISTIC_WRITE);
    if (shift == null || !visibility.scope(principal).allows(shift.need())) {
      throw new NotFoundException();
    }
    Need need = shift.need();
    LocalDateTime now = LocalDateTime.now(clock);
    if (!need.isOpen()) {
      throw new RuleViolationException("shift", "signUp.needClosed");
    }
    if (!shift.startsAt().isAfter(now)) {
      throw new RuleViolationException("shift", "signUp.shiftStarted");
    }
    Person person = em.find(Person.class, principal.personId());
    SignUp existing =
        em.createQuery(
                "SELECT u FROM SignUp u WHERE u.shift.id = :s AND u.person.id = :p", SignUp.class)
            .setParameter("s", shiftId)
            .setParameter("p", person.id())
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (existing != null) {
      if (SignUpStatus.ACTIVE.contains(existing.status())
          || existing.status() == SignUpStatus.ATTENDED) {
        throw new RuleViolationException("shift", "signUp.already");
      }
      if (existing.status() == SignUpStatus.DECLINED) {
        throw new RuleViolationException("shift", "signUp.declinedBefore");
      }
    }
    checkRules(person, shift);
    SignUpStatus status;
    if (shift.isFull()) {
      status = SignUpStatus.WAITING;
    } else {
      shift.take();
      status = SignUpStatus.PENDING;
    }
    SignUp signUp;
    if (existing != null) {
      existing.renew(status, proposalId, now);
      signUp = existing;
    } else {
      signUp = new SignUp(shift, person, status, proposalId, now);
      em.persist(signUp);
    }
    em.flush();
    int position = status == SignUpStatus.WAITING ? waitingPosition(signUp) : 0;
    mails.signedUp(signUp, position);
    return new SignUpResult(signUp.id(), status, position);
  }

  private void checkRules(Person person, Shift shift) {
    Need need = shift.need();
    LocalDate day = shift.day();
    VolunteerProfile profile =
        em.createQuery(
                "SELECT v FROM VolunteerProfile v WHERE v.person.id = :p", VolunteerProfile.class)
            .setParameter("p", person.id())
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (need.minAge() > 0) {
      LocalDate birth = profile == null ? null : profile.birthDate();
      if (birth == null) {
        throw new RuleViolationException("shift", "signUp.birthDateNeeded", need.minAge());
      }
      int age = Period.between(birth, day).getYears();
      if (age < need.minAge()) {
        throw new RuleViolationException("shift", "signUp.tooYoung", need.minAge(), age);
      }
    }
    Set<PoolQualification> required = need.qualifications();
    if (!required.isEmpty()) {
      Map<PoolQualification, VolunteerQualification> held = new HashMap<>();
      em.createQuery(
              "SELECT q FROM VolunteerQualification q WHERE q.personId = :p",
              VolunteerQualification.class)
          .setParameter("p", person.id())
          .getResultList()
          .forEach(q -> held.put(q.kind(), q));
      for (PoolQualification q : required.stream().sorted().toList()) {
        VolunteerQualification h = held.get(q);
        if (h == null) {
          throw new RuleViolationException(
              "shift", "signUp.qualificationMissing", q.label(locale(person)));
        }
        if (!h.validOn(shift.endsAt().toLocalDate())) {
          throw new RuleViolationException(
              "shift",
              "signUp.qualificationExpired",
              q.label(locale(person)),
              GermanDates.format(h.validUntil()));
        }
      }
    }
    List<SignUp> around =
        em.createQuery(
                "SELECT u FROM SignUp u JOIN FETCH u.shift s WHERE u.person.id = :p"
                    + " AND u.status IN :active AND s.day BETWEEN :a AND :b AND s.id <> :self",
                SignUp.class)
            .setParameter("p", person.id())
            .setParameter("active", SignUpStatus.ACTIVE)
            .setParameter("a", day.minusDays(1))
            .setParameter("b", day.plusDays(1))
            .setParameter("self", shift.id())
            .getResultList();
    for (SignUp other : around) {
      Shift o = other.shift();
      if (o.overlaps(shift.startsAt(), shift.endsAt())) {
        throw new RuleViolationException(
            "shift",
            "signUp.overlap",
            o.need().title(),
            GermanDates.format(o.day()),
            o.startTime().toString(),
            o.endTime().toString());
      }
    }
  }

  int waitingPosition(SignUp signUp) {
    return em.createQuery(
                "SELECT COUNT(u) FROM SignUp u WHERE u.shift.id = :s AND u.status = :w"
                    + " AND (u.createdAt < :t OR (u.createdAt = :t AND u.id < :id))",
                Long.class)
            .setParameter("s", signUp.shift().id())
            .setParameter("w", SignUpStatus.WAITING)
            .setParameter("t", signUp.createdAt())
            .setParameter("id", signUp.id())
            .getSingleResult()
            .intValue()
        + 1;
  }

  /**
   * Cancels one of the current person's sign-ups. A place can be given back up to the need's
   * deadline (hours before the shift); the first on the waiting list moves up and the club is told.
   */
  @RequiresSignIn
  @Transactional
  public void cancel(long signUpId) {
    Principal principal = actor.require();
    SignUp found = em.find(SignUp.class, signUpId);
    if (found == null || found.person().id() != principal.personId()) {
      throw new NotFoundException();
    }
    Shift shift = em.find(Shift.class, found.shift().id(), LockModeType.PESSIMISTIC_WRITE);
    em.refresh(found);
    LocalDateTime now = LocalDateTime.now(clock);
    if (found.status() == SignUpStatus.WAITING) {
      found.cancel(now);
      return;
    }
    if (found.status() != SignUpStatus.PENDING && found.status() != SignUpStatus.CONFIRMED) {
      throw new RuleViolationException("signUp", "signUp.notCancellable");
    }
    LocalDateTime deadline = cancelDeadline(shift);
    if (now.isAfter(deadline)) {
      throw new RuleViolationException(
          "signUp",
          "signUp.cancelTooLate",
          GermanDates.format(deadline.toLocalDate()),
          deadline.toLocalTime().toString());
    }
    found.cancel(now);
    shift.release();
    mails.cancelled(found);
    moveUpFromWaitingList(shift);
  }

  /** Fills a freed place with the first person on the waiting list; the caller holds the lock. */
  void moveUpFromWaitingList(Shift shift) {
    if (shift.isFull() || !shift.startsAt().isAfter(LocalDateTime.now(clock))) {
      return;
    }
    em.createQuery(
            "SELECT u FROM SignUp u WHERE u.shift.id = :s AND u.status = :w"
                + " ORDER BY u.createdAt, u.id",
            SignUp.class)
        .setParameter("s", shift.id())
        .setParameter("w", SignUpStatus.WAITING)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .ifPresent(
            next -> {
              shift.take();
              next.moveUp();
              mails.movedUp(next);
            });
  }

  static LocalDateTime cancelDeadline(Shift shift) {
    return shift.startsAt().minusHours(shift.need().cancelHours());
  }

  /** The current person's sign-ups, upcoming first, then the past ones (newest first). */
  @RequiresSignIn
  @Transactional
  public List<MySignUp> mySignUps() {
    long personId = actor.require().personId();
    LocalDateTime now = LocalDateTime.now(clock);
    List<SignUp> rows =
        em.createQuery(
                "SELECT u FROM SignUp u JOIN FETCH u.shift s JOIN FETCH s.need n"
                    + " JOIN FETCH n.club JOIN FETCH n.municipality WHERE u.person.id = :p",
                SignUp.class)
            .setParameter("p", personId)
            .getResultList();
    List<MySignUp> result = new ArrayList<>();
    for (SignUp u : rows) {
      Shift s = u.shift();
      Need n = s.need();
      LocalDateTime deadline = cancelDeadline(s);
      boolean cancellable =
          u.status() == SignUpStatus.WAITING
              || ((u.status() == SignUpStatus.PENDING || u.status() == SignUpStatus.CONFIRMED)
                  && !now.isAfter(deadline));
      result.add(
          new MySignUp(
              u.id(),
              n.id(),
              n.title(),
              n.club().name(),
              n.municipality().name(),
              n.address(),
              s.day(),
              s.startTime(),
              s.endTime(),
              u.status(),
              cancellable,
              deadline,
              u.hours(),
              u.hoursConfirmedBy()));
    }
    LocalDate today = now.toLocalDate();
    Comparator<MySignUp> byTime =
        Comparator.comparing(MySignUp::day).thenComparing(MySignUp::start);
    List<MySignUp> upcoming =
        result.stream().filter(r -> !r.day().isBefore(today)).sorted(byTime).toList();
    List<MySignUp> past =
        result.stream().filter(r -> r.day().isBefore(today)).sorted(byTime.reversed()).toList();
    List<MySignUp> all = new ArrayList<>(upcoming);
    all.addAll(past);
    return all;
  }

  static Locale locale(Person person) {
    return "en".equals(person.locale()) ? Locale.ENGLISH : Locale.GERMAN;
  }
}
