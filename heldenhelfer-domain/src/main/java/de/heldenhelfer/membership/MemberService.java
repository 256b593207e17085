package de.heldenhelfer.membership;

import de.heldenhelfer.club.Club;
import de.heldenhelfer.club.Department;
import de.heldenhelfer.club.Municipality;
import de.heldenhelfer.security.Actor;
import de.heldenhelfer.security.Permission;
import de.heldenhelfer.security.Principal;
import de.heldenhelfer.security.RequiresPermission;
import de.heldenhelfer.shared.AccessDeniedException;
import de.heldenhelfer.shared.ConcurrentChangeException;
import de.heldenhelfer.shared.NotFoundException;
import de.heldenhelfer.shared.RuleViolationException;
import de.heldenhelfer.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads and changes the members of the current club. Tenancy confines every query to the club; the
 * permission annotations decide who may call; trainers and department leads are further confined to
 * the members of their departments ({@link MemberScope}): for them, other members do not exist.
 * Every change is recorded in the member's history ({@link MemberChange}) with the acting person.
 */
@ApplicationScoped
public class MemberService {
  /** The zone in which "today" is determined. */
  public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

  private static final int MAX_PAGE = 500;
  private static final int ID_CHUNK = 1_000;

  @Inject EntityManager em;
  @Inject Actor actor;
  @Inject TenantContext tenant;

  /** The clock for "today"; replaced in tests. */
  Clock clock = Clock.system(ZONE);

  /** Everything stored about one member, for the Art. 15 DSGVO export. */
  public record MemberDossier(
      Member member, List<FamilyLink> linkedAsRelated, List<MemberChange> history) {}

  /** What {@link #applyRetention()} did. */
  public record RetentionResult(int statusChanges, int recordChecksDeleted, int anonymised) {}

  // ================================================================== reading

  /**
   * One member; a member of another club, or outside a trainer's departments, is "not found", never
   * "forbidden".
   */
  @RequiresPermission(Permission.MEMBER_READ)
  @Transactional
  public Member find(long id) {
    Member m = em.find(Member.class, id);
    if (m == null || !visible(m)) {
      throw new NotFoundException();
    }
    return m;
  }

  /**
   * A page of the member list, filtered and sorted in the database. Departments, functions,
   * qualifications and consents of the page's members are read in one statement each when first
   * used (batch reading), never one per member.
   */
  @RequiresPermission(Permission.MEMBER_READ)
  @Transactional
  public List<Member> page(MemberQuery query, int first, int pageSize) {
    MemberQuery.Jpql jpql = query.jpql(today(), scope());
    TypedQuery<Member> q =
        em.createQuery("SELECT m FROM Member m" + jpql.where() + query.orderBy(), Member.class);
    bind(q, jpql.parameters());
    batchChildren(q);
    return q.setFirstResult(Math.max(0, first))
        .setMaxResults(Math.max(1, Math.min(MAX_PAGE, pageSize)))
        .getResultList();
  }

  @RequiresPermission(Permission.MEMBER_READ)
  @Transactional
  public long count(MemberQuery query) {
    MemberQuery.Jpql jpql = query.jpql(today(), scope());
    TypedQuery<Long> q = em.createQuery("SELECT COUNT(m) FROM Member m" + jpql.where(), Long.class);
    return bind(q, jpql.parameters()).getSingleResult();
  }

  /** The ids of all members matching {@code query}, in list order (for "select all" actions). */
  @RequiresPermission(Permission.MEMBER_READ)
  @Transactional
  public List<Long> ids(MemberQuery query) {
    MemberQuery.Jpql jpql = query.jpql(today(), scope());
    TypedQuery<Long> q =
        em.createQuery("SELECT m.id FROM Member m" + jpql.where() + query.orderBy(), Long.class);
    return bind(q, jpql.parameters()).getResultList();
  }

  /** The signed-in person's own membership in the current club, if any. */
  @RequiresPermission(Permission.CLUB_VIEW)
  @Transactional
  public Optional<Member> ownMembership() {
    return em.createQuery("SELECT m FROM Member m WHERE m.personId = :p", Member.class)
        .setParameter("p", actor.require().personId())
        .getResultStream()
        .findFirst();
  }

  /** The member with this number, if visible (import: match on member number). */
  @RequiresPermission(Permission.MEMBER_READ)
  @Transactional
  public Optional<Member> findByNumber(String memberNumber) {
    String n = Checks.clean(memberNumber);
    if (n == null) {
      return Optional.empty();
    }
    return em.createQuery("SELECT m FROM Member m WHERE m.memberNumber = :n", Member.class)
        .setParameter("n", n)
        .getResultStream()
        .filter(this::visible)
        .findFirst();
  }

  /** Members with this name and birth date (import: match when there is no member number). */
  @RequiresPermission(Permission.MEMBER_READ)
  @Transactional
  public List<Member> findByNameAndBirthDate(String firstName, String lastName, LocalDate birth) {
    if (Checks.clean(firstName) == null || Checks.clean(lastName) == null || birth == null) {
      return List.of();
    }
    return em.createQuery(
            "SELECT m FROM Member m WHERE m.firstName = :f AND m.lastName = :l"
                + " AND m.birthDate = :b ORDER BY m.id",
            Member.class)
        .setParameter("f", firstName.strip())
        .setParameter("l", lastName.strip())
        .setParameter("b", birth)
        .getResultStream()
        .filter(this::visible)
        .toList();
  }

  /** The member's history, newest first. Only roles that may see the history (board). */
  @RequiresPermission(Permission.MEMBER_READ)
  @Transactional
  public List<MemberChange> history(long memberId) {
    requireField(MemberField.HISTORY);
    find(memberId);
    return em.createQuery(
            "SELECT c FROM MemberChange c WHERE c.memberId = :id"
                + " ORDER BY c.changedAt DESC, c.id DESC",
            MemberChange.class)
        .setParameter("id", memberId)
        .getResultList();
  }

  /**
   * Everything stored about one member (Art. 15 DSGVO): the member with departments, functions,
   * consents, qualifications and family links loaded, the links in which others name the member,
   * and the full history. Board only.
   */
  @RequiresPermission(Permission.MEMBER_READ)
  @Transactional
  public MemberDossier dossier(long memberId) {
    requireField(MemberField.HISTORY);
    Member m = find(memberId);
    m.departments().forEach(d -> d.department().name());
    m.functions().forEach(f -> Optional.ofNullable(f.department()).map(Department::name));
    m.consents().size();
    m.qualifications().size();
    m.familyLinks().forEach(l -> l.related().fullName());
    List<FamilyLink> related =
        em.createQuery("SELECT l FROM FamilyLink l WHERE l.related = :m", FamilyLink.class)
            .setParameter("m", m)
            .getResultList();
    related.forEach(l -> l.member().fullName());
    return new MemberDossier(m, related, history(memberId));
  }

  /** The member columns the signed-in person may see in the current club. */
  @RequiresPermission(Permission.CLUB_VIEW)
  @Transactional
  public Set<MemberField> visibleFields() {
    return fields();
  }

  /** A suggestion for the next member number: the highest number's digits plus one. */
  @RequiresPermission(Permission.MEMBER_WRITE)
  @Transactional
  public String nextMemberNumber() {
    List<String> top =
        em.createQuery(
                "SELECT m.memberNumber FROM Member m"
                    + " ORDER BY LENGTH(m.memberNumber) DESC, m.memberNumber DESC",
                String.class)
            .setMaxResults(1)
            .getResultList();
    String candidate = top.isEmpty() ? "1" : increment(top.get(0));
    for (int i = 0; i < 50 && numberTaken(candidate, null); i++) {
      candidate = increment(candidate);
    }
    return candidate;
  }

  /** "M-000123" → "M-000124", "99" → "100", "ABC" → "ABC-1". */
  static String increment(String number) {
    int end = number.length();
    int start = end;
    while (start > 0 && Character.isDigit(number.charAt(start - 1))) {
      start--;
    }
    if (start == end) {
      return number + "-1";
    }
    String digits = number.substring(start, end);
    String next = new java.math.BigInteger(digits).add(java.math.BigInteger.ONE).toString();
    if (next.length() < digits.length()) {
      next = "0".repeat(digits.length() - next.length()) + next;
    }
    return number.substring(0, start) + next;
  }

  // ================================================================== the membership

  /**
   * Creates a member from {@code draft}; a blank member number gets the next free one. Refuses a
   * member number the club already uses, and everything {@link Member} refuses.
   */
  @RequiresPermission(Permission.MEMBER_WRITE)
  @Transactional
  public Member create(MemberDraft draft) {
    MemberDraft d = draft.copy();
    if (Checks.clean(d.getMemberNumber()) == null) {
      d.setMemberNumber(nextMemberNumber());
    }
    checkNumberFree(d.getMemberNumber(), null);
    checkMunicipality(d.getMunicipalityAgs());
    Member m = new Member();
    List<FieldChange> changes = m.change(d, today(), retentionYears());
    em.persist(m);
    flush();
    record(m, MemberChange.Action.CREATED, changes);
    flush();
    return m;
  }

  /**
   * Replaces the member's data with {@code draft}; refuses with {@link ConcurrentChangeException}
   * when somebody saved the member since {@code expectedVersion} was read. Each changed field is
   * recorded with old and new value. An exit date in the draft ends the membership like {@link
   * #end}.
   */
  @RequiresPermission(Permission.MEMBER_WRITE)
  @Transactional
  public Member update(long id, long expectedVersion, MemberDraft draft) {
    Member m = load(id, expectedVersion);
    MemberDraft d = draft.copy();
    String number = Checks.clean(d.getMemberNumber());
    if (number != null) {
      checkNumberFree(number, id);
    }
    checkMunicipality(d.getMunicipalityAgs());
    LocalDate exitBefore = m.exitDate();
    LocalDate today = today();
    int retention = retentionYears();
    List<FieldChange> changes = new ArrayList<>(m.change(d, today, retention));
    if (m.exitDate() != null && !m.exitDate().equals(exitBefore)) {
      changes.addAll(m.leave(m.exitDate(), today, retention));
    }
    record(m, MemberChange.Action.CHANGED, changes);
    flush();
    return m;
  }

  /** Changes phone and e-mail; refuses when somebody else saved the member in between. */
  @RequiresPermission(Permission.MEMBER_WRITE)
  @Transactional
  public Member changeContact(long id, long expectedVersion, String phone, String email) {
    Member m = load(id, expectedVersion);
    record(m, MemberChange.Action.CHANGED, m.changeContact(phone, email));
    flush();
    return m;
  }

  /**
   * Ends the membership on {@code exitDate} (see {@link Member#leave}): open functions end, the
   * data is scheduled for anonymisation after the club's retention period.
   */
  @RequiresPermission(Permission.MEMBER_WRITE)
  @Transactional
  public Member end(long id, long expectedVersion, LocalDate exitDate) {
    Member m = load(id, expectedVersion);
    record(m, MemberChange.Action.ENDED, m.leave(exitDate, today(), retentionYears()));
    flush();
    return m;
  }

  /**
   * Deletes a member entered by mistake or on request (Art. 17 DSGVO) with all departments,
   * functions, consents, qualifications, family links and the history. Refused while a function is
   * open. A tombstone entry without member id remains: member number, who deleted, when.
   */
  @RequiresPermission(Permission.MEMBER_DELETE)
  @Transactional
  public void delete(long id, long expectedVersion) {
    Member m = load(id, expectedVersion);
    m.checkDeletable(today());
    String number = m.memberNumber();
    forgetLinksTo(m);
    eraseHistory(m.id());
    em.remove(m);
    flush();
    em.persist(
        change(null, number, MemberChange.Action.DELETED, new FieldChange("member", number, null)));
    flush();
  }

  /**
   * Anonymises a former member at once (Art. 17 DSGVO, on request, see {@link Member#anonymise});
   * the history is erased and one entry records the anonymisation.
   */
  @RequiresPermission(Permission.MEMBER_DELETE)
  @Transactional
  public Member anonymise(long id, long expectedVersion) {
    Member m = load(id, expectedVersion);
    anonymise(m);
    flush();
    return m;
  }

  private void anonymise(Member m) {
    m.anonymise(today());
    forgetLinksTo(m);
    eraseHistory(m.id());
    em.persist(
        change(
            m.id(),
            m.memberNumber(),
            MemberChange.Action.ANONYMISED,
            new FieldChange("member", null, "anonymised")));
  }

  /**
   * The club's daily upkeep: memberships whose exit date has come become LEFT, Führungszeugnis
   * facts are deleted 3 months after the youth work ended, and former members are anonymised once
   * the club's retention period has passed.
   */
  @RequiresPermission({Permission.MEMBER_DELETE, Permission.MEMBER_RETENTION})
  @Transactional
  public RetentionResult applyRetention() {
    LocalDate today = today();
    List<Member> due =
        em.createQuery(
                "SELECT m FROM Member m WHERE m.anonymisedOn IS NULL AND ("
                    + "(m.exitDate <= :today AND m.status <> :left)"
                    + " OR m.youthWorkEnd <= :youthWorkEndedBy"
                    + " OR (m.status = :left AND m.anonymiseAfter <= :today))",
                Member.class)
            .setParameter("today", today)
            .setParameter("left", MemberStatus.LEFT)
            .setParameter(
                "youthWorkEndedBy", today.minusMonths(Member.RECORD_CHECK_DELETION_MONTHS))
            .getResultList();
    int statusChanges = 0;
    int recordChecks = 0;
    int anonymised = 0;
    for (Member m : due) {
      boolean hadCheck = m.recordCheckInspected() || m.youthWorkEnd() != null;
      MemberStatus before = m.status();
      List<FieldChange> changes = m.housekeeping(today);
      if (m.status() != before) {
        statusChanges++;
      }
      if (hadCheck && !m.recordCheckInspected() && m.youthWorkEnd() == null) {
        recordChecks++;
      }
      record(m, MemberChange.Action.CHANGED, changes);
      if (m.isDueForAnonymisation(today)) {
        anonymise(m);
        anonymised++;
      }
    }
    flush();
    return new RetentionResult(statusChanges, recordChecks, anonymised);
  }

  // ================================================================== bulk actions

  /**
   * Assigns the selected members to a department (bulk action). Members already in it are left as
   * they are; the department entry date is {@code entryDate} (today if null), but not before a
   * member's entry into the club. Returns the number of members assigned.
   */
  @RequiresPermission(Permission.MEMBER_WRITE)
  @Transactional
  public int assignDepartment(Collection<Long> memberIds, long departmentId, LocalDate entryDate) {
    Department dept = department(departmentId);
    LocalDate entry = entryDate != null ? entryDate : today();
    int assigned = 0;
    for (Member m : members(memberIds)) {
      if (m.isAnonymised() || m.isInDepartment(departmentId)) {
        continue;
      }
      LocalDate e = m.entryDate() != null && entry.isBefore(m.entryDate()) ? m.entryDate() : entry;
      record(m, MemberChange.Action.CHANGED, List.of(m.joinDepartment(dept, e)));
      assigned++;
    }
    flush();
    return assigned;
  }

  /**
   * Sets the status of the selected members (bulk action: active, passive, honorary; ending a
   * membership is {@link #end}). Former members are left out. Returns the number changed.
   */
  @RequiresPermission(Permission.MEMBER_WRITE)
  @Transactional
  public int changeStatus(Collection<Long> memberIds, MemberStatus status) {
    if (status == null || status == MemberStatus.LEFT) {
      throw new RuleViolationException("status", "member.status.useEnd");
    }
    int changed = 0;
    for (Member m : members(memberIds)) {
      if (m.isAnonymised() || m.status() == MemberStatus.LEFT || m.status() == status) {
        continue;
      }
      record(m, MemberChange.Action.CHANGED, m.changeStatus(status));
      changed++;
    }
    flush();
    return changed;
  }

  // ================================================================== parts of the membership

  /** Adds the member to a department from {@code entryDate} (null: today, or the club entry). */
  @RequiresPermission(Permission.MEMBER_WRITE)
  @Transactional
  public Member assignDepartment(long memberId, long departmentId, LocalDate entryDate) {
    Member m = find(memberId);
    LocalDate entry = entryDate != null ? entryDate : today();
    if (entryDate == null && m.entryDate() != null && entry.isBefore(m.entryDate())) {
      entry = m.entryDate();
    }
    record(
        m, MemberChange.Action.CHANGED, List.of(m.joinDepartment(department(departmentId), entry)));
    flush();
    return m;
  }

  /** Removes the member from a department. */
  @RequiresPermission(Permission.MEMBER_WRITE)
  @Transactional
  public Member removeDepartment(long memberId, long departmentId) {
    Member m = find(memberId);
    record(m, MemberChange.Action.CHANGED, List.of(m.leaveDepartment(departmentId)));
    flush();
    return m;
  }

  /** Starts a function with its term; {@code departmentId} and {@code termEnd} are optional. */
  @RequiresPermission(Permission.MEMBER_WRITE)
  @Transactional
  public MemberFunction addFunction(
      long memberId,
      FunctionKind kind,
      String title,
      Long departmentId,
      LocalDate termStart,
      LocalDate termEnd) {
    Member m = find(memberId);
    Department dept = departmentId == null ? null : department(departmentId);
    MemberFunction f = m.addFunction(kind, title, dept, termStart, termEnd);
    flush();
    record(m, MemberChange.Action.CHANGED, List.of(FieldChange.of("function", null, f.describe())));
    flush();
    return f;
  }

  /** Ends a function's term on {@code termEnd}. */
  @RequiresPermission(Permission.MEMBER_WRITE)
  @Transactional
  public Member endFunction(long memberId, long functionId, LocalDate termEnd) {
    Member m = find(memberId);
    record(m, MemberChange.Action.CHANGED, List.of(m.endFunction(functionId, termEnd)));
    flush();
    return m;
  }

  /** Removes a function entered by mistake. */
  @RequiresPermission(Permission.MEMBER_WRITE)
  @Transactional
  public Member removeFunction(long memberId, long functionId) {
    Member m = find(memberId);
    record(m, MemberChange.Action.CHANGED, List.of(m.removeFunction(functionId)));
    flush();
    return m;
  }

  /**
   * Records a member's consent answer given on {@code date}: granted, refused, or (refusing a
   * consent in force) withdrawn.
   */
  @RequiresPermission(Permission.MEMBER_WRITE)
  @Transactional
  public Member setConsent(long memberId, ConsentKind kind, boolean granted, LocalDate date) {
    Member m = find(memberId);
    FieldChange c = m.setConsent(kind, granted, date, today(), now());
    record(m, MemberChange.Action.CHANGED, c == null ? List.of() : List.of(c));
    flush();
    return m;
  }

  /** Adds a qualification; {@code name}, {@code issued} and {@code expires} are optional. */
  @RequiresPermission(Permission.MEMBER_WRITE)
  @Transactional
  public MemberQualification addQualification(
      long memberId, QualificationKind kind, String name, LocalDate issued, LocalDate expires) {
    Member m = find(memberId);
    MemberQualification q = m.addQualification(kind, name, issued, expires, today());
    flush();
    record(
        m,
        MemberChange.Action.CHANGED,
        List.of(FieldChange.of("qualification", null, q.describe())));
    flush();
    return q;
  }

  @RequiresPermission(Permission.MEMBER_WRITE)
  @Transactional
  public Member removeQualification(long memberId, long qualificationId) {
    Member m = find(memberId);
    record(m, MemberChange.Action.CHANGED, List.of(m.removeQualification(qualificationId)));
    flush();
    return m;
  }

  /**
   * Records the Führungszeugnis check (§ 72a (5) SGB VIII: inspected, date of the certificate,
   * excluded; never the document). Not inspected deletes the facts.
   */
  @RequiresPermission(Permission.MEMBER_WRITE)
  @Transactional
  public Member setRecordCheck(
      long memberId, boolean inspected, LocalDate certificateDate, boolean excluded) {
    Member m = find(memberId);
    record(
        m,
        MemberChange.Action.CHANGED,
        m.recordCheck(inspected, certificateDate, excluded, today()));
    flush();
    return m;
  }

  /** The member's work with minors ends; the check facts are deleted 3 months later. */
  @RequiresPermission(Permission.MEMBER_WRITE)
  @Transactional
  public Member endYouthWork(long memberId, LocalDate date) {
    Member m = find(memberId);
    record(m, MemberChange.Action.CHANGED, m.endYouthWork(date));
    flush();
    return m;
  }

  /** Links {@code relatedMemberId} as parent, guardian or main member of the family membership. */
  @RequiresPermission(Permission.MEMBER_WRITE)
  @Transactional
  public FamilyLink linkFamily(long memberId, long relatedMemberId, FamilyRelation relation) {
    Member m = find(memberId);
    Member related = find(relatedMemberId);
    FamilyLink link = m.linkFamily(related, relation);
    flush();
    record(
        m, MemberChange.Action.CHANGED, List.of(FieldChange.of("family", null, link.describe())));
    flush();
    return link;
  }

  /** Removes a family link of the member; refused if a minor would lose the last guardian. */
  @RequiresPermission(Permission.MEMBER_WRITE)
  @Transactional
  public Member unlinkFamily(long memberId, long linkId) {
    Member m = find(memberId);
    record(m, MemberChange.Action.CHANGED, List.of(m.unlinkFamily(linkId, today())));
    flush();
    return m;
  }

  /** Members who named this member as parent, guardian or main member. */
  @RequiresPermission(Permission.MEMBER_READ)
  @Transactional
  public List<FamilyLink> linksTo(long memberId) {
    Member m = find(memberId);
    return em
        .createQuery(
            "SELECT l FROM FamilyLink l JOIN FETCH l.member WHERE l.related = :m ORDER BY l.id",
            FamilyLink.class)
        .setParameter("m", m)
        .getResultList()
        .stream()
        .filter(l -> visible(l.member()))
        .toList();
  }

  // ================================================================== saved filters

  /** Saves {@code query} under {@code name} for the signed-in person; the same name replaces. */
  @RequiresPermission(Permission.MEMBER_READ)
  @Transactional
  public SavedMemberFilter saveFilter(String name, MemberQuery query) {
    long person = actor.require().personId();
    String n = Checks.required("name", name, "filter.name.required");
    Optional<SavedMemberFilter> existing =
        em.createQuery(
                "SELECT f FROM SavedMemberFilter f WHERE f.personId = :p AND f.name = :n",
                SavedMemberFilter.class)
            .setParameter("p", person)
            .setParameter("n", n)
            .getResultStream()
            .findFirst();
    SavedMemberFilter f;
    if (existing.isPresent()) {
      f = existing.get();
      f.replace(query);
    } else {
      f = new SavedMemberFilter(person, n, query);
      em.persist(f);
    }
    flush();
    return f;
  }

  /** The signed-in person's saved filters in the current club, by name. */
  @RequiresPermission(Permission.MEMBER_READ)
  @Transactional
  public List<SavedMemberFilter> savedFilters() {
    return em.createQuery(
            "SELECT f FROM SavedMemberFilter f WHERE f.personId = :p ORDER BY f.name",
            SavedMemberFilter.class)
        .setParameter("p", actor.require().personId())
        .getResultList();
  }

  /** Deletes one of the signed-in person's saved filters; others' filters are "not found". */
  @RequiresPermission(Permission.MEMBER_READ)
  @Transactional
  public void deleteFilter(long filterId) {
    SavedMemberFilter f = em.find(SavedMemberFilter.class, filterId);
    if (f == null || !f.personId().equals(actor.require().personId())) {
      throw new NotFoundException();
    }
    em.remove(f);
    flush();
  }

  // ================================================================== helpers

  LocalDate today() {
    return LocalDate.now(clock);
  }

  LocalDateTime now() {
    return LocalDateTime.now(clock);
  }

  /** Which members the actor may read in the current club. */
  MemberScope scope() {
    return MemberScope.of(actor.principal().orElse(null), tenant.clubId().orElse(null));
  }

  Set<MemberField> fields() {
    return MemberField.visibleTo(actor.principal().orElse(null), tenant.clubId().orElse(null));
  }

  void requireField(MemberField field) {
    if (!fields().contains(field)) {
      throw new AccessDeniedException();
    }
  }

  private boolean visible(Member m) {
    MemberScope scope = scope();
    return scope.all()
        || scope.includesAnyOf(
            m.departments().stream()
                .map(MemberDepartment::departmentId)
                .collect(Collectors.toSet()));
  }

  private Member load(long id, long expectedVersion) {
    Member m = find(id);
    if (m.version() != expectedVersion) {
      throw new ConcurrentChangeException();
    }
    return m;
  }

  private List<Member> members(Collection<Long> ids) {
    List<Long> distinct = new ArrayList<>(new LinkedHashSet<>(ids));
    List<Member> out = new ArrayList<>();
    for (int i = 0; i < distinct.size(); i += ID_CHUNK) {
      TypedQuery<Member> q =
          em.createQuery("SELECT m FROM Member m WHERE m.id IN :ids ORDER BY m.id", Member.class)
              .setParameter("ids", distinct.subList(i, Math.min(distinct.size(), i + ID_CHUNK)));
      batchChildren(q);
      q.getResultList().stream().filter(this::visible).forEach(out::add);
    }
    return out;
  }

  private Department department(long id) {
    Department d = em.find(Department.class, id);
    if (d == null) {
      throw new NotFoundException();
    }
    return d;
  }

  private int retentionYears() {
    Club club = em.find(Club.class, tenant.requireClubId());
    return club == null ? Club.DEFAULT_RETENTION_YEARS : club.retentionYears();
  }

  private boolean numberTaken(String number, Long exceptId) {
    return em.createQuery(
                "SELECT COUNT(m) FROM Member m WHERE m.memberNumber = :n AND m.id <> :id",
                Long.class)
            .setParameter("n", number.strip())
            .setParameter("id", exceptId == null ? -1L : exceptId)
            .getSingleResult()
        > 0;
  }

  private void checkNumberFree(String number, Long exceptId) {
    if (number != null && numberTaken(number, exceptId)) {
      throw new RuleViolationException("memberNumber", "member.memberNumber.taken", number.strip());
    }
  }

  private void checkMunicipality(String ags) {
    String a = Checks.clean(ags);
    if (a != null && a.matches("\\d{8}") && em.find(Municipality.class, a) == null) {
      throw new RuleViolationException("municipalityAgs", "member.municipality.unknown", a);
    }
  }

  /** Removes the links in which other members name {@code m}. */
  private void forgetLinksTo(Member m) {
    for (FamilyLink l :
        em.createQuery("SELECT l FROM FamilyLink l WHERE l.related = :m", FamilyLink.class)
            .setParameter("m", m)
            .getResultList()) {
      Member child = l.member();
      if (child != m) {
        child.forgetLink(l);
      }
    }
  }

  private void eraseHistory(long memberId) {
    flush(); // entries recorded earlier in this transaction are erased too
    em.createQuery("DELETE FROM MemberChange c WHERE c.memberId = :id")
        .setParameter("id", memberId)
        .executeUpdate();
  }

  private void record(Member m, MemberChange.Action action, List<FieldChange> changes) {
    for (FieldChange c : changes) {
      if (c != null) {
        em.persist(change(m.id(), m.memberNumber(), action, c));
      }
    }
  }

  private MemberChange change(
      Long memberId, String number, MemberChange.Action action, FieldChange c) {
    Principal p = actor.principal().orElse(null);
    return new MemberChange(
        memberId,
        number,
        now(),
        p == null || p.isSystem() ? null : p.personId(),
        p == null ? "Heldenhelfer" : p.displayName(),
        action,
        c);
  }

  private void flush() {
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new ConcurrentChangeException();
    }
  }

  private static <T> TypedQuery<T> bind(TypedQuery<T> q, Map<String, Object> parameters) {
    parameters.forEach(q::setParameter);
    return q;
  }

  private static void batchChildren(TypedQuery<?> q) {
    q.setHint("eclipselink.batch.type", "IN");
    q.setHint("eclipselink.batch", "m.departments");
    q.setHint("eclipselink.batch", "m.functions");
    q.setHint("eclipselink.batch", "m.qualifications");
    q.setHint("eclipselink.batch", "m.consents");
  }
}
