package de.heldenhelfer.membership;

import de.heldenhelfer.security.Actor;
import de.heldenhelfer.security.Permission;
import de.heldenhelfer.security.RequiresPermission;
import de.heldenhelfer.shared.AccessDeniedException;
import de.heldenhelfer.shared.RuleViolationException;
import de.heldenhelfer.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The ready-made member lists of the club board (and, confined to their departments and visible
 * columns, of trainers): address list, phone list, birthdays, anniversaries, missing consents,
 * expiring qualifications and due Führungszeugnis checks. Each list is one or two SQL statements
 * returning only the columns it shows. A list whose columns the caller may not see is refused.
 */
@ApplicationScoped
public class MemberListService {
  /** The usual membership anniversaries (Vereinsjubiläen). */
  public static final Set<Integer> DEFAULT_JUBILEES = Set.of(25, 40, 50);

  private static final int ID_CHUNK = 1_000;

  @Inject EntityManager em;
  @Inject Actor actor;
  @Inject TenantContext tenant;

  /** The clock for "today"; replaced in tests. */
  Clock clock = Clock.system(MemberService.ZONE);

  /** A line of the address list (letters, labels). */
  public record AddressLine(
      long id,
      String memberNumber,
      String salutation,
      String firstName,
      String lastName,
      String street,
      String postalCode,
      String city) {}

  /** A line of the phone list; guardian contact for minors. */
  public record PhoneLine(
      long id,
      String memberNumber,
      String firstName,
      String lastName,
      String phone,
      String email,
      String guardianName,
      String guardianPhone,
      String guardianEmail) {}

  /** A birthday within the period; {@code age} is the age reached on {@code birthday}. */
  public record BirthdayLine(
      long id,
      String memberNumber,
      String firstName,
      String lastName,
      LocalDate birthDate,
      LocalDate birthday,
      int age) {}

  /** A membership anniversary in the year. */
  public record AnniversaryLine(
      long id,
      String memberNumber,
      String firstName,
      String lastName,
      LocalDate entryDate,
      int years) {}

  /** Why a consent is not in force. */
  public enum ConsentState {
    MISSING,
    REFUSED,
    WITHDRAWN
  }

  /** A member whose consent of a kind is not in force. */
  public record ConsentGap(
      long id,
      String memberNumber,
      String firstName,
      String lastName,
      String email,
      ConsentState state,
      LocalDate date) {}

  /** A qualification that expires (or expired) soon. */
  public record QualificationDue(
      long memberId,
      String memberNumber,
      String firstName,
      String lastName,
      long qualificationId,
      QualificationKind kind,
      String name,
      LocalDate issuedOn,
      LocalDate expiresOn) {}

  /**
   * A Führungszeugnis that is due ({@code dueOn}: 5 years after the certificate date) or missing
   * ({@code certificateDate} null) for a member holding a function with minors.
   */
  public record RecordCheckDue(
      long memberId,
      String memberNumber,
      String firstName,
      String lastName,
      LocalDate certificateDate,
      LocalDate dueOn,
      boolean excluded) {}

  // ------------------------------------------------------------------ lists over a query

  /** Names and postal addresses of the members matching {@code query}, in its order. */
  @RequiresPermission({Permission.MEMBER_READ})
  @Transactional
  public List<AddressLine> addressList(MemberQuery query) {
    requireFields(MemberField.NAME, MemberField.ADDRESS);
    return select(
            "SELECT m.id, m.memberNumber, m.salutation, m.firstName, m.lastName,"
                + " m.address.street, m.address.postalCode, m.address.city FROM Member m",
            query)
        .stream()
        .map(
            r ->
                new AddressLine(
                    (Long) r[0],
                    (String) r[1],
                    (String) r[2],
                    (String) r[3],
                    (String) r[4],
                    (String) r[5],
                    (String) r[6],
                    (String) r[7]))
        .toList();
  }

  /** Phone numbers and e-mail addresses (with the guardian contact of minors). */
  @RequiresPermission({Permission.MEMBER_READ})
  @Transactional
  public List<PhoneLine> phoneList(MemberQuery query) {
    requireFields(MemberField.NAME, MemberField.PHONE);
    boolean guardian = fields().contains(MemberField.GUARDIAN);
    boolean email = fields().contains(MemberField.EMAIL);
    return select(
            "SELECT m.id, m.memberNumber, m.firstName, m.lastName, m.phone, m.email,"
                + " m.guardianName, m.guardianPhone, m.guardianEmail FROM Member m",
            query)
        .stream()
        .map(
            r ->
                new PhoneLine(
                    (Long) r[0],
                    (String) r[1],
                    (String) r[2],
                    (String) r[3],
                    (String) r[4],
                    email ? (String) r[5] : null,
                    guardian ? (String) r[6] : null,
                    guardian ? (String) r[7] : null,
                    guardian ? (String) r[8] : null))
        .toList();
  }

  /**
   * Members whose consent of {@code kind} is not in force (missing, refused or withdrawn), among
   * those matching {@code query} (former members are left out unless the query asks for them).
   */
  @RequiresPermission({Permission.MEMBER_READ})
  @Transactional
  public List<ConsentGap> withoutConsent(ConsentKind kind, MemberQuery query) {
    requireFields(MemberField.NAME, MemberField.CONSENTS);
    MemberQuery q = query.withConsent(kind, false);
    List<Object[]> rows =
        select(
            "SELECT m.id, m.memberNumber, m.firstName, m.lastName, m.email FROM Member m",
            q,
            q.status() == null ? " AND m.status <> :left" : "",
            q.status() == null ? Map.of("left", MemberStatus.LEFT) : Map.of());
    Map<Long, Object[]> states = new HashMap<>();
    List<Long> ids = rows.stream().map(r -> (Long) r[0]).toList();
    for (int i = 0; i < ids.size(); i += ID_CHUNK) {
      em.createQuery(
              "SELECT c.member.id, c.granted, c.consentDate, c.withdrawnOn FROM MemberConsent c"
                  + " WHERE c.kind = :k AND c.member.id IN :ids",
              Object[].class)
          .setParameter("k", kind)
          .setParameter("ids", ids.subList(i, Math.min(ids.size(), i + ID_CHUNK)))
          .getResultList()
          .forEach(r -> states.put((Long) r[0], r));
    }
    boolean email = fields().contains(MemberField.EMAIL);
    List<ConsentGap> out = new ArrayList<>(rows.size());
    for (Object[] r : rows) {
      Object[] c = states.get((Long) r[0]);
      ConsentState state;
      LocalDate date = null;
      if (c == null) {
        state = ConsentState.MISSING;
      } else if (c[3] != null) {
        state = ConsentState.WITHDRAWN;
        date = (LocalDate) c[3];
      } else {
        state = ConsentState.REFUSED;
        date = (LocalDate) c[2];
      }
      out.add(
          new ConsentGap(
              (Long) r[0],
              (String) r[1],
              (String) r[2],
              (String) r[3],
              email ? (String) r[4] : null,
              state,
              date));
    }
    return out;
  }

  // ------------------------------------------------------------------ dates

  /**
   * Birthdays of current members from {@code from} to {@code to} (at most one year), in date order;
   * the period may cross New Year. People born on 29 February celebrate on 28 February in other
   * years.
   */
  @RequiresPermission({Permission.MEMBER_READ})
  @Transactional
  public List<BirthdayLine> birthdays(LocalDate from, LocalDate to) {
    requireFields(MemberField.NAME, MemberField.BIRTH_DATE);
    checkPeriod(from, to);
    int fromMd = from.getMonthValue() * 100 + from.getDayOfMonth();
    int toMd = to.getMonthValue() * 100 + to.getDayOfMonth();
    if (toMd == 228) {
      toMd = 229; // 29 February is celebrated on the 28th in common years
    }
    boolean wholeYear = !from.plusYears(1).isAfter(to.plusDays(1));
    String period;
    if (wholeYear) {
      period = "";
    } else if (from.getYear() == to.getYear()) {
      period = " AND m.birthMonthDay BETWEEN :fromMd AND :toMd";
    } else {
      period = " AND (m.birthMonthDay >= :fromMd OR m.birthMonthDay <= :toMd)";
    }
    Map<String, Object> params = new HashMap<>();
    params.put("left", MemberStatus.LEFT);
    if (!wholeYear) {
      params.put("fromMd", fromMd);
      params.put("toMd", toMd);
    }
    List<Object[]> rows =
        select(
            "SELECT m.id, m.memberNumber, m.firstName, m.lastName, m.birthDate FROM Member m",
            MemberQuery.all(),
            " AND m.birthDate IS NOT NULL AND m.status <> :left" + period,
            params);
    List<BirthdayLine> out = new ArrayList<>();
    for (Object[] r : rows) {
      LocalDate birth = (LocalDate) r[4];
      for (int year = from.getYear(); year <= to.getYear(); year++) {
        LocalDate birthday = birthdayIn(birth, year);
        if (!birthday.isBefore(from) && !birthday.isAfter(to) && birthday.isAfter(birth)) {
          out.add(
              new BirthdayLine(
                  (Long) r[0],
                  (String) r[1],
                  (String) r[2],
                  (String) r[3],
                  birth,
                  birthday,
                  birthday.getYear() - birth.getYear()));
        }
      }
    }
    out.sort(
        Comparator.comparing(BirthdayLine::birthday)
            .thenComparing(BirthdayLine::lastName)
            .thenComparing(BirthdayLine::firstName));
    return out;
  }

  /** The day someone born on {@code birth} celebrates in {@code year} (29 Feb → 28 Feb). */
  static LocalDate birthdayIn(LocalDate birth, int year) {
    MonthDay md = MonthDay.from(birth);
    return md.isValidYear(year) ? md.atYear(year) : LocalDate.of(year, 2, 28);
  }

  /**
   * Current members who complete {@code jubilees} years of membership (default 25, 40, 50) in
   * {@code year}, most years first.
   */
  @RequiresPermission({Permission.MEMBER_READ})
  @Transactional
  public List<AnniversaryLine> anniversaries(int year, Set<Integer> jubilees) {
    requireFields(MemberField.NAME, MemberField.ENTRY_DATE);
    Set<Integer> years =
        new TreeSet<>(jubilees == null || jubilees.isEmpty() ? DEFAULT_JUBILEES : jubilees);
    years.removeIf(y -> y == null || y <= 0);
    if (years.isEmpty()) {
      return List.of();
    }
    StringBuilder sb = new StringBuilder(" AND m.status <> :left AND (");
    Map<String, Object> params = new HashMap<>();
    params.put("left", MemberStatus.LEFT);
    int i = 0;
    for (int y : years) {
      if (i > 0) {
        sb.append(" OR ");
      }
      sb.append("m.entryDate BETWEEN :a").append(i).append(" AND :b").append(i);
      params.put("a" + i, LocalDate.of(year - y, 1, 1));
      params.put("b" + i, LocalDate.of(year - y, 12, 31));
      i++;
    }
    sb.append(")");
    List<AnniversaryLine> out = new ArrayList<>();
    for (Object[] r :
        select(
            "SELECT m.id, m.memberNumber, m.firstName, m.lastName, m.entryDate FROM Member m",
            MemberQuery.all(),
            sb.toString(),
            params)) {
      LocalDate entry = (LocalDate) r[4];
      out.add(
          new AnniversaryLine(
              (Long) r[0],
              (String) r[1],
              (String) r[2],
              (String) r[3],
              entry,
              year - entry.getYear()));
    }
    out.sort(
        Comparator.comparing(AnniversaryLine::years)
            .reversed()
            .thenComparing(AnniversaryLine::entryDate)
            .thenComparing(AnniversaryLine::lastName));
    return out;
  }

  /**
   * Qualifications of current members that expire within {@code days} days; with {@code
   * includeExpired} also those expired during the last year.
   */
  @RequiresPermission({Permission.MEMBER_READ})
  @Transactional
  public List<QualificationDue> expiringQualifications(int days, boolean includeExpired) {
    requireFields(MemberField.NAME, MemberField.QUALIFICATIONS);
    LocalDate today = today();
    MemberQuery.Jpql scope = MemberQuery.all().jpql(today, scope());
    TypedQuery<Object[]> q =
        em.createQuery(
            "SELECT m.id, m.memberNumber, m.firstName, m.lastName, q.id, q.kind, q.name,"
                + " q.issuedOn, q.expiresOn FROM MemberQualification q JOIN q.member m"
                + scope.where()
                + " AND m.status <> :left AND q.expiresOn >= :from AND q.expiresOn <= :until"
                + " ORDER BY q.expiresOn, m.lastName, m.firstName, q.id",
            Object[].class);
    scope.parameters().forEach(q::setParameter);
    q.setParameter("left", MemberStatus.LEFT);
    q.setParameter("from", includeExpired ? today.minusYears(1) : today);
    q.setParameter("until", today.plusDays(Math.max(0, days)));
    return q.getResultList().stream()
        .map(
            r ->
                new QualificationDue(
                    (Long) r[0],
                    (String) r[1],
                    (String) r[2],
                    (String) r[3],
                    (Long) r[4],
                    (QualificationKind) r[5],
                    (String) r[6],
                    (LocalDate) r[7],
                    (LocalDate) r[8]))
        .toList();
  }

  /**
   * Führungszeugnis checks of people still working with minors that are due within {@code days}
   * days (or overdue): the certificate is older than 5 years by then. Board only.
   */
  @RequiresPermission({Permission.MEMBER_READ})
  @Transactional
  public List<RecordCheckDue> dueRecordChecks(int days) {
    requireFields(MemberField.NAME, MemberField.RECORD_CHECK);
    LocalDate today = today();
    Map<String, Object> params = new HashMap<>();
    params.put("left", MemberStatus.LEFT);
    params.put(
        "certifiedBy",
        today.plusDays(Math.max(0, days)).minusYears(Member.RECORD_CHECK_RENEWAL_YEARS));
    return select(
            "SELECT m.id, m.memberNumber, m.firstName, m.lastName, m.recordCheckCertificateDate,"
                + " m.recordCheckExcluded FROM Member m",
            MemberQuery.all(),
            " AND m.status <> :left AND m.recordCheckInspected = TRUE AND m.youthWorkEnd IS NULL"
                + " AND m.recordCheckCertificateDate <= :certifiedBy",
            params)
        .stream()
        .map(
            r ->
                new RecordCheckDue(
                    (Long) r[0],
                    (String) r[1],
                    (String) r[2],
                    (String) r[3],
                    (LocalDate) r[4],
                    ((LocalDate) r[4]).plusYears(Member.RECORD_CHECK_RENEWAL_YEARS),
                    Boolean.TRUE.equals(r[5])))
        .sorted(Comparator.comparing(RecordCheckDue::dueOn).thenComparing(RecordCheckDue::lastName))
        .toList();
  }

  /**
   * Current members holding a function with minors (trainer, youth lead) without an inspected
   * Führungszeugnis. Board only.
   */
  @RequiresPermission({Permission.MEMBER_READ})
  @Transactional
  public List<RecordCheckDue> missingRecordChecks() {
    requireFields(MemberField.NAME, MemberField.RECORD_CHECK);
    Map<String, Object> params = new HashMap<>();
    params.put("left", MemberStatus.LEFT);
    params.put("kinds", List.of(FunctionKind.TRAINER, FunctionKind.YOUTH_LEAD));
    params.put("today", today());
    return select(
            "SELECT m.id, m.memberNumber, m.firstName, m.lastName FROM Member m",
            MemberQuery.all(),
            " AND m.status <> :left AND m.recordCheckInspected = FALSE AND EXISTS (SELECT f FROM"
                + " MemberFunction f WHERE f.member = m AND f.kind IN :kinds"
                + " AND (f.termEnd IS NULL OR f.termEnd > :today))",
            params)
        .stream()
        .map(
            r ->
                new RecordCheckDue(
                    (Long) r[0], (String) r[1], (String) r[2], (String) r[3], null, null, false))
        .toList();
  }

  // ------------------------------------------------------------------ helpers

  LocalDate today() {
    return LocalDate.now(clock);
  }

  MemberScope scope() {
    return MemberScope.of(actor.principal().orElse(null), tenant.clubId().orElse(null));
  }

  Set<MemberField> fields() {
    return MemberField.visibleTo(actor.principal().orElse(null), tenant.clubId().orElse(null));
  }

  private void requireFields(MemberField... fields) {
    Set<MemberField> visible = fields();
    for (MemberField f : fields) {
      if (!visible.contains(f)) {
        throw new AccessDeniedException();
      }
    }
  }

  private static void checkPeriod(LocalDate from, LocalDate to) {
    if (from == null || to == null) {
      throw new RuleViolationException("from", "list.period.required");
    }
    if (to.isBefore(from)) {
      throw new RuleViolationException("to", "list.period.reversed");
    }
    if (to.isAfter(from.plusYears(1))) {
      throw new RuleViolationException("to", "list.period.tooLong");
    }
  }

  private List<Object[]> select(String select, MemberQuery query) {
    return select(select, query, "", Map.of());
  }

  /** {@code select} with the query's filters and scope, {@code extra} conditions, its order. */
  private List<Object[]> select(
      String select, MemberQuery query, String extra, Map<String, Object> extraParams) {
    MemberQuery.Jpql jpql = query.jpql(today(), scope());
    TypedQuery<Object[]> q =
        em.createQuery(select + jpql.where() + extra + query.orderBy(), Object[].class);
    jpql.parameters().forEach(q::setParameter);
    extraParams.forEach(q::setParameter);
    return q.getResultList();
  }
}
