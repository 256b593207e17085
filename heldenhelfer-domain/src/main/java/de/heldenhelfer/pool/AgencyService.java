package de.heldenhelfer.pool;

import de.heldenhelfer.membership.MemberService;
import de.heldenhelfer.people.Person;
import de.heldenhelfer.people.VolunteerProfile;
import de.heldenhelfer.security.Actor;
import de.heldenhelfer.security.Permission;
import de.heldenhelfer.security.RequiresPermission;
import de.heldenhelfer.security.RequiresSignIn;
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
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The Freiwilligenagentur's matching: shifts short of helpers (soonest first), volunteers ranked
 * for a shift by {@link Matching} among those whose profile allows the agency to see it, proposals
 * the volunteer accepts (which signs them up under the usual rules) or declines, and the agency's
 * own figures by month. Club-internal needs are never shown to the agency.
 */
@ApplicationScoped
public class AgencyService {
  /** Profiles the agency may see: shared with the agency, or with the whole pool. */
  static final List<VolunteerProfile.Visibility> AGENCY_MAY_SEE =
      List.of(VolunteerProfile.Visibility.AGENCY, VolunteerProfile.Visibility.POOL);

  /** How many suggestions a shift gets. */
  public static final int SUGGESTIONS = 20;

  @Inject EntityManager em;
  @Inject Actor actor;
  @Inject PoolService pool;
  @Inject PoolMails mails;

  Clock clock = Clock.system(MemberService.ZONE);

  /** A shift short of helpers. */
  public record ShortShift(
      long shiftId,
      long needId,
      String title,
      String club,
      String municipality,
      NeedCategory category,
      LocalDate day,
      LocalTime start,
      LocalTime end,
      int capacity,
      int booked,
      int missing,
      int openProposals) {}

  /** A proposal as the agency follows it. */
  public record ProposalRow(
      long id,
      LocalDateTime createdAt,
      String volunteer,
      String needTitle,
      String club,
      LocalDate day,
      LocalTime start,
      int score,
      ProposalStatus status,
      SignUpStatus signUpStatus,
      Double hours) {}

  /** A proposal as the volunteer sees it. */
  public record MyProposal(
      long id,
      long needId,
      String needTitle,
      String club,
      String municipality,
      LocalDate day,
      LocalTime start,
      LocalTime end,
      String tasks,
      String message,
      ProposalStatus status) {}

  /** The agency's figures for one month. */
  public record MonthFigures(
      YearMonth month, int proposals, int accepted, int declined, int open, double hours) {}

  /** Upcoming shifts of open, non-internal needs that still have free places, soonest first. */
  @RequiresPermission(Permission.MATCHING)
  @Transactional
  public List<ShortShift> shortShifts() {
    LocalDateTime now = LocalDateTime.now(clock);
    List<Shift> shifts =
        em.createQuery(
                "SELECT s FROM Shift s JOIN FETCH s.need n JOIN FETCH n.club"
                    + " JOIN FETCH n.municipality WHERE s.day >= :today AND n.status = :open"
                    + " AND n.visibility <> :internal AND s.booked < s.capacity"
                    + " ORDER BY s.day, s.startTime, s.id",
                Shift.class)
            .setParameter("today", now.toLocalDate())
            .setParameter("open", Need.Status.OPEN)
            .setParameter("internal", NeedVisibility.CLUB)
            .setMaxResults(300)
            .getResultList();
    Map<Long, Integer> open = new HashMap<>();
    em.createQuery(
            "SELECT p.shift.id, COUNT(p) FROM AgencyProposal p WHERE p.status = :s"
                + " AND p.shift.day >= :today GROUP BY p.shift.id",
            Object[].class)
        .setParameter("s", ProposalStatus.PROPOSED)
        .setParameter("today", now.toLocalDate())
        .getResultList()
        .forEach(r -> open.put((Long) r[0], ((Number) r[1]).intValue()));
    return shifts.stream()
        .filter(s -> s.startsAt().isAfter(now))
        .map(
            s ->
                new ShortShift(
                    s.id(),
                    s.need().id(),
                    s.need().title(),
                    s.need().club().name(),
                    s.need().municipality().name(),
                    s.need().category(),
                    s.day(),
                    s.startTime(),
                    s.endTime(),
                    s.capacity(),
                    s.booked(),
                    s.freePlaces(),
                    open.getOrDefault(s.id(), 0)))
        .toList();
  }

  /** The shift the agency works on, as a need view (club-internal needs are not found). */
  @RequiresPermission(Permission.MATCHING)
  @Transactional
  public PoolService.NeedView shiftNeed(long shiftId) {
    return pool.view(agencyShift(shiftId).need(), null);
  }

  /**
   * Volunteers ranked for one shift, each with the reasons for the score. Only volunteers who allow
   * the agency to see them, who meet the hard rules and who are not yet signed up or proposed for
   * the shift.
   */
  @RequiresPermission(Permission.MATCHING)
  @Transactional
  public List<Matching.Suggestion> suggestions(long shiftId, Locale locale) {
    Shift shift = agencyShift(shiftId);
    List<Matching.Suggestion> ranked =
        Matching.rank(
            profileOf(shift, locale),
            candidates(shift, null, locale),
            today(),
            SUGGESTIONS,
            locale);
    String rules = hardRules(shift.need(), locale);
    if (rules == null) {
      return ranked;
    }
    return ranked.stream()
        .map(
            s -> {
              List<String> reasons = new ArrayList<>(s.reasons());
              reasons.add(rules);
              return new Matching.Suggestion(
                  s.volunteerId(), s.displayName(), s.score(), s.distanceKm(), reasons);
            })
        .toList();
  }

  /**
   * The need's hard rules in words ("Erfüllt: Mindestalter 16, Rettungsschwimmer"); every suggested
   * volunteer meets them. {@code null} when the need has none.
   */
  private static String hardRules(Need need, Locale locale) {
    boolean en = "en".equals(locale.getLanguage());
    List<String> rules = new ArrayList<>();
    if (need.minAge() > 0) {
      rules.add((en ? "minimum age " : "Mindestalter ") + need.minAge());
    }
    need.qualifications().stream().map(q -> q.label(locale)).sorted().forEach(rules::add);
    return rules.isEmpty() ? null : (en ? "Meets: " : "Erfüllt: ") + String.join(", ", rules);
  }

  /**
   * Proposes a volunteer for a shift; the volunteer gets an e-mail and answers in the app. Refused
   * when the volunteer does not allow the agency to see them or does not meet the shift's rules.
   */
  @RequiresPermission(Permission.MATCHING)
  @Transactional
  public AgencyProposal propose(long shiftId, long personId, String message) {
    Shift shift = agencyShift(shiftId);
    if (shift.isFull()) {
      throw new RuleViolationException("shift", "proposal.shiftFull");
    }
    Locale locale = Locale.GERMAN;
    List<Matching.Suggestion> ranked =
        Matching.rank(
            profileOf(shift, locale), candidates(shift, personId, locale), today(), 1, locale);
    if (ranked.isEmpty()) {
      throw new RuleViolationException("volunteer", "proposal.notEligible");
    }
    Matching.Suggestion s = ranked.get(0);
    AgencyProposal p =
        new AgencyProposal(
            shift,
            personId,
            actor.require().personId(),
            s.score(),
            String.join(" · ", s.reasons()),
            message,
            LocalDateTime.now(clock));
    em.persist(p);
    mails.proposed(p, em.find(Person.class, personId));
    return p;
  }

  /** Every proposal the agency made, newest first, with what became of it. */
  @RequiresPermission(Permission.MATCHING)
  @Transactional
  public List<ProposalRow> proposals() {
    List<AgencyProposal> rows =
        em.createQuery(
                "SELECT p FROM AgencyProposal p JOIN FETCH p.shift s JOIN FETCH s.need n"
                    + " JOIN FETCH n.club ORDER BY p.createdAt DESC, p.id DESC",
                AgencyProposal.class)
            .setMaxResults(500)
            .getResultList();
    Map<Long, SignUp> signUps = signUpsOf(rows.stream().map(AgencyProposal::id).toList());
    Map<Long, String> names = names(rows.stream().map(AgencyProposal::personId).toList());
    return rows.stream()
        .map(
            p -> {
              SignUp u = signUps.get(p.id());
              return new ProposalRow(
                  p.id(),
                  p.createdAt(),
                  names.get(p.personId()),
                  p.shift().need().title(),
                  p.shift().need().club().name(),
                  p.shift().day(),
                  p.shift().startTime(),
                  p.score(),
                  p.status(),
                  u == null ? null : u.status(),
                  u == null ? null : u.hours());
            })
        .toList();
  }

  /** The agency's figures by month of the proposal: made, accepted, declined, open, hours given. */
  @RequiresPermission(Permission.MATCHING)
  @Transactional
  public List<MonthFigures> figures() {
    List<AgencyProposal> rows =
        em.createQuery("SELECT p FROM AgencyProposal p", AgencyProposal.class).getResultList();
    Map<Long, SignUp> signUps = signUpsOf(rows.stream().map(AgencyProposal::id).toList());
    TreeMap<YearMonth, int[]> counts = new TreeMap<>();
    Map<YearMonth, Double> hours = new HashMap<>();
    for (AgencyProposal p : rows) {
      YearMonth m = YearMonth.from(p.createdAt());
      int[] c = counts.computeIfAbsent(m, k -> new int[4]);
      c[0]++;
      switch (p.status()) {
        case ACCEPTED -> c[1]++;
        case DECLINED -> c[2]++;
        case PROPOSED -> c[3]++;
        default -> {}
      }
      SignUp u = signUps.get(p.id());
      if (u != null && u.hours() != null && u.status() == SignUpStatus.ATTENDED) {
        hours.merge(m, u.hours(), Double::sum);
      }
    }
    List<MonthFigures> result = new ArrayList<>();
    counts
        .descendingMap()
        .forEach(
            (m, c) ->
                result.add(
                    new MonthFigures(m, c[0], c[1], c[2], c[3], hours.getOrDefault(m, 0.0))));
    return result;
  }

  /** The current person's proposals: open ones first, then answered ones of the last 90 days. */
  @RequiresSignIn
  @Transactional
  public List<MyProposal> myProposals() {
    long me = actor.require().personId();
    return em
        .createQuery(
            "SELECT p FROM AgencyProposal p JOIN FETCH p.shift s JOIN FETCH s.need n"
                + " JOIN FETCH n.club JOIN FETCH n.municipality WHERE p.personId = :me"
                + " AND p.createdAt >= :since ORDER BY p.createdAt DESC",
            AgencyProposal.class)
        .setParameter("me", me)
        .setParameter("since", LocalDateTime.now(clock).minusDays(90))
        .getResultList()
        .stream()
        .sorted(
            (a, b) ->
                Boolean.compare(
                    b.status() == ProposalStatus.PROPOSED, a.status() == ProposalStatus.PROPOSED))
        .map(
            p ->
                new MyProposal(
                    p.id(),
                    p.needId(),
                    p.shift().need().title(),
                    p.shift().need().club().name(),
                    p.shift().need().municipality().name(),
                    p.shift().day(),
                    p.shift().startTime(),
                    p.shift().endTime(),
                    p.shift().tasks(),
                    p.message(),
                    p.status()))
        .toList();
  }

  /**
   * The volunteer accepts a proposal: they are signed up for the shift under the usual rules (a
   * place if one is free, else the waiting list); the club confirms as usual.
   */
  @RequiresSignIn
  @Transactional
  public PoolService.SignUpResult accept(long proposalId) {
    AgencyProposal p = ownProposal(proposalId);
    PoolService.SignUpResult result = pool.signUp(p.shift().id(), p.id());
    p.answer(ProposalStatus.ACCEPTED, LocalDateTime.now(clock));
    return result;
  }

  /** The volunteer declines a proposal. */
  @RequiresSignIn
  @Transactional
  public void decline(long proposalId) {
    ownProposal(proposalId).answer(ProposalStatus.DECLINED, LocalDateTime.now(clock));
  }

  private AgencyProposal ownProposal(long proposalId) {
    AgencyProposal p = em.find(AgencyProposal.class, proposalId, LockModeType.PESSIMISTIC_WRITE);
    if (p == null || p.personId() != actor.require().personId()) {
      throw new NotFoundException();
    }
    if (p.status() != ProposalStatus.PROPOSED) {
      throw new RuleViolationException("proposal", "proposal.answered");
    }
    return p;
  }

  private Shift agencyShift(long shiftId) {
    Shift shift = em.find(Shift.class, shiftId);
    if (shift == null || shift.need().visibility() == NeedVisibility.CLUB) {
      throw new NotFoundException();
    }
    return shift;
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private Matching.NeedProfile profileOf(Shift shift, Locale locale) {
    Need n = shift.need();
    Map<String, String> labels = skillLabels(locale);
    return new Matching.NeedProfile(
        n.municipality().ags(),
        n.municipality().lat(),
        n.municipality().lon(),
        n.category().code(),
        n.skills().stream().map(c -> labels.getOrDefault(c, c)).collect(Collectors.toSet()),
        n.minAge(),
        n.qualifications().stream().map(Enum::name).collect(Collectors.toSet()),
        List.of(new Matching.ShiftTime(shift.day(), shift.startTime(), shift.endTime())));
  }

  /**
   * Volunteers the agency may see, not yet signed up or proposed for the shift; one person only
   * when {@code personId} is given. Skills are compared by their labels, so that the reasons read
   * well and free tags that equal a label match too.
   */
  private List<Matching.Candidate> candidates(Shift shift, Long personId, Locale locale) {
    jakarta.persistence.TypedQuery<Object[]> query =
        em.createQuery(
                "SELECT p.id, p.firstName, p.lastName, m.ags, m.lat, m.lon, v.radiusKm,"
                    + " v.reachAgs, v.birthDate, v.skills, v.tags, v.interests, v.availability"
                    + " FROM VolunteerProfile v JOIN v.person p JOIN v.home m"
                    + " WHERE v.visibility IN :may"
                    + (personId == null ? "" : " AND p.id = :person"),
                Object[].class)
            .setParameter("may", AGENCY_MAY_SEE);
    if (personId != null) {
      query.setParameter("person", personId);
    }
    List<Object[]> rows = query.getResultList();
    Set<Long> excluded = new HashSet<>();
    excluded.addAll(
        em.createQuery(
                "SELECT u.person.id FROM SignUp u WHERE u.shift.id = :s AND u.status IN :active",
                Long.class)
            .setParameter("s", shift.id())
            .setParameter(
                "active",
                List.of(
                    SignUpStatus.PENDING,
                    SignUpStatus.CONFIRMED,
                    SignUpStatus.WAITING,
                    SignUpStatus.DECLINED))
            .getResultList());
    excluded.addAll(
        em.createQuery("SELECT p.personId FROM AgencyProposal p WHERE p.shift.id = :s", Long.class)
            .setParameter("s", shift.id())
            .getResultList());
    // qualifications only serve the hard filter: read just the kinds the need requires
    Map<Long, Map<String, LocalDate>> qualifications = new HashMap<>();
    Set<PoolQualification> required = shift.need().qualifications();
    if (!required.isEmpty()) {
      TypedQuery<VolunteerQualification> held =
          em.createQuery(
                  "SELECT q FROM VolunteerQualification q WHERE q.kind IN :required"
                      + (personId == null ? "" : " AND q.personId = :person"),
                  VolunteerQualification.class)
              .setParameter("required", required);
      if (personId != null) {
        held.setParameter("person", personId);
      }
      for (VolunteerQualification q : held.getResultList()) {
        qualifications
            .computeIfAbsent(q.personId(), k -> new HashMap<>())
            .put(q.kind().name(), q.validUntil());
      }
    }
    Map<Long, Integer> load = new HashMap<>();
    LocalDate today = today();
    em.createQuery(
            "SELECT u.person.id, COUNT(u) FROM SignUp u WHERE u.status IN :held"
                + " AND u.shift.day BETWEEN :from AND :to GROUP BY u.person.id",
            Object[].class)
        .setParameter("held", SignUpStatus.HOLDING)
        .setParameter("from", today.minusDays(90))
        .setParameter("to", today.plusDays(90))
        .getResultList()
        .forEach(r -> load.put((Long) r[0], ((Number) r[1]).intValue()));
    Map<String, String> labels = skillLabels(locale);
    List<Matching.Candidate> result = new ArrayList<>(rows.size());
    for (Object[] r : rows) {
      long id = (Long) r[0];
      if (excluded.contains(id)) {
        continue;
      }
      Set<String> skills = new HashSet<>();
      for (String code : split((String) r[9])) {
        skills.add(labels.getOrDefault(code, code).toLowerCase(Locale.ROOT));
      }
      for (String tag : split((String) r[10])) {
        skills.add(tag.toLowerCase(Locale.ROOT));
      }
      result.add(
          new Matching.Candidate(
              id,
              ((String) r[1] + " " + r[2]).strip(),
              ((Number) r[4]).doubleValue(),
              ((Number) r[5]).doubleValue(),
              (Integer) r[6],
              new HashSet<>(split((String) r[7])),
              (String) r[3],
              (LocalDate) r[8],
              skills,
              new HashSet<>(split((String) r[11])),
              qualifications.getOrDefault(id, Map.of()),
              Availability.parse((String) r[12]),
              load.getOrDefault(id, 0)));
    }
    return result;
  }

  private Map<String, String> skillLabels(Locale locale) {
    return PoolSkill.labels(em, locale);
  }

  private Map<Long, SignUp> signUpsOf(List<Long> proposalIds) {
    Map<Long, SignUp> result = new HashMap<>();
    if (proposalIds.isEmpty()) {
      return result;
    }
    em.createQuery("SELECT u FROM SignUp u WHERE u.proposalId IN :ids", SignUp.class)
        .setParameter("ids", proposalIds)
        .getResultList()
        .forEach(u -> result.put(u.proposalId(), u));
    return result;
  }

  private Map<Long, String> names(List<Long> personIds) {
    Map<Long, String> result = new HashMap<>();
    if (personIds.isEmpty()) {
      return result;
    }
    em.createQuery("SELECT p FROM Person p WHERE p.id IN :ids", Person.class)
        .setParameter("ids", new HashSet<>(personIds))
        .getResultList()
        .forEach(p -> result.put(p.id(), p.displayName()));
    return result;
  }

  private static List<String> split(String s) {
    return s == null || s.isBlank()
        ? List.of()
        : Arrays.stream(s.split(",")).map(String::strip).filter(v -> !v.isEmpty()).toList();
  }
}
