package de.heldenhelfer.membership;

import de.heldenhelfer.club.Club;
import de.heldenhelfer.club.Department;
import de.heldenhelfer.membership.imports.ColumnMapping;
import de.heldenhelfer.membership.imports.ImportField;
import de.heldenhelfer.membership.imports.ImportTable;
import de.heldenhelfer.membership.imports.MemberImportMapping;
import de.heldenhelfer.membership.imports.RowParser;
import de.heldenhelfer.membership.imports.RowProblem;
import de.heldenhelfer.reports.ReportInputException;
import de.heldenhelfer.reports.ReportMessage;
import de.heldenhelfer.reports.SheetRow;
import de.heldenhelfer.reports.SpreadsheetReader;
import de.heldenhelfer.security.Actor;
import de.heldenhelfer.security.Permission;
import de.heldenhelfer.security.Principal;
import de.heldenhelfer.security.RequiresPermission;
import de.heldenhelfer.shared.ConcurrentChangeException;
import de.heldenhelfer.shared.RuleViolationException;
import de.heldenhelfer.tenancy.TenantContext;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Imports a club's member list from a spreadsheet (ADR 0005): {@link #read} finds the header,
 * {@link #suggestMapping} proposes (and remembers) which column fills which field, {@link #preview}
 * says per row what would happen, {@link #apply} stores the accepted rows in one transaction. A row
 * matches an existing member by member number, else by last name, first name and birth date; a
 * match is updated (only the columns in the file, empty cells keep the stored value), so importing
 * the same file twice creates no duplicates.
 *
 * <p>Every row goes through the membership's own rules ({@link Member#change}); refused rows are
 * reported and left out. Apply writes new members and the history with JDBC batches in the
 * transaction of the entity manager (the club id bound explicitly from {@link TenantContext}, ADR
 * 0002), updates through the entities. An unexpected failure rolls back everything.
 */
@ApplicationScoped
public class MemberImportService {
  /** Largest upload: 10 MB (a 10,000-row xlsx has about 1 MB). */
  public static final long MAX_BYTES = SpreadsheetReader.DEFAULT_MAX_BYTES;

  /** Most data rows of one import. */
  public static final int MAX_ROWS = 20_000;

  private static final int BATCH = 500;

  /** How many rows between two progress reports. */
  private static final int PROGRESS_STEP = 100;

  private static final Logger LOG = Logger.getLogger(MemberImportService.class.getName());

  @Inject EntityManager em;
  @Inject Actor actor;
  @Inject TenantContext tenant;

  @Resource(lookup = "java:app/jdbc/heldenhelfer")
  DataSource dataSource;

  Clock clock = Clock.system(MemberService.ZONE);

  /** What happens to a row. */
  public enum RowStatus {
    NEW,
    UPDATE,
    UNCHANGED,
    ERROR
  }

  /** One row of the preview or the result. */
  public record RowResult(
      int rowNumber,
      RowStatus status,
      String memberNumber,
      String name,
      List<String> changedFields,
      List<RowProblem> problems)
      implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** The preview or the result of an import. */
  public record ImportReport(
      String fileName,
      boolean applied,
      int rows,
      int created,
      int updated,
      int unchanged,
      int errors,
      List<RowResult> details,
      List<ReportMessage> warnings)
      implements Serializable {
    private static final long serialVersionUID = 1L;

    /** All row problems, in row order. */
    public List<RowProblem> problems() {
      return details.stream().flatMap(r -> r.problems().stream()).toList();
    }
  }

  /** The two passes of an import: every row is checked, then the accepted rows are stored. */
  public enum Phase {
    CHECKING,
    STORING
  }

  /** Told how many rows of a phase are done, for a progress bar. */
  @FunctionalInterface
  public interface Progress {
    Progress NONE = (phase, done, total) -> {};

    void rows(Phase phase, int done, int total);
  }

  // ================================================================== steps

  /**
   * Reads an upload with the safe reader (size limit before parsing, zip bombs, no external
   * entities, encodings) and finds the header row.
   */
  @RequiresPermission(Permission.MEMBER_IMPORT)
  public ImportTable read(InputStream in, String fileName, long maxBytes)
      throws ReportInputException, IOException {
    long limit = Math.min(Math.max(1, maxBytes), MAX_BYTES);
    var data = SpreadsheetReader.create().withMaxRows(MAX_ROWS).read(in, fileName, limit);
    return ImportTable.of(fileName, data);
  }

  /** The mapping for {@code header}: what the club chose last time, else by column names. */
  @RequiresPermission(Permission.MEMBER_IMPORT)
  @Transactional
  public ColumnMapping suggestMapping(List<String> header) {
    Map<String, ImportField> remembered =
        rememberedMapping().map(MemberImportMapping::remembered).orElse(Map.of());
    return ColumnMapping.suggest(header, remembered);
  }

  /** What {@link #apply} would do, row by row; changes nothing. */
  @RequiresPermission(Permission.MEMBER_IMPORT)
  @Transactional
  public ImportReport preview(ImportTable table, ColumnMapping mapping, Progress progress) {
    Plan plan = plan(table, mapping, progress == null ? Progress.NONE : progress);
    return plan.report(table, false);
  }

  /**
   * Stores the accepted rows in one transaction and remembers the mapping. Rows with problems are
   * left out (and reported); if anything unexpected fails, nothing is stored.
   */
  @RequiresPermission(Permission.MEMBER_IMPORT)
  @Transactional(rollbackOn = Exception.class)
  public ImportReport apply(ImportTable table, ColumnMapping mapping, Progress progress) {
    Progress p = progress == null ? Progress.NONE : progress;
    Plan plan = plan(table, mapping, p);
    long clubId = tenant.requireClubId();
    LocalDateTime now = LocalDateTime.now(clock);
    Principal who = actor.principal().orElse(null);
    List<History> history = new ArrayList<>();
    int total = plan.rows.size();
    // rows stored so far: first every row that is not new (updates go through the entities), then
    // the new ones batch by batch
    int[] done = {0};
    p.rows(Phase.STORING, 0, total);
    // updates through the entities: version check, the entity's rules, ending on an exit date
    for (PlannedRow r : plan.rows) {
      if (r.status != RowStatus.NEW) {
        done[0]++;
      }
      if (r.status == RowStatus.UPDATE) {
        Member m = r.existing;
        LocalDate exitBefore = m.exitDate();
        List<FieldChange> changes = new ArrayList<>(m.change(r.draft, plan.today, plan.retention));
        if (m.exitDate() != null && !m.exitDate().equals(exitBefore)) {
          changes.addAll(m.leave(m.exitDate(), plan.today, plan.retention));
        }
        for (Department d : r.joins) {
          changes.add(m.joinDepartment(d, departmentEntry(m.entryDate(), plan.today)));
        }
        for (FieldChange c : changes) {
          history.add(new History(m.id(), m.memberNumber(), MemberChange.Action.CHANGED, c));
        }
      }
      if (done[0] > 0 && done[0] % PROGRESS_STEP == 0) {
        p.rows(Phase.STORING, done[0], total);
      }
    }
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new ConcurrentChangeException();
    } catch (PersistenceException e) {
      throw failed(clubId, e);
    }
    p.rows(Phase.STORING, done[0], total);
    try (Connection c = dataSource.getConnection()) {
      List<PlannedRow> created = plan.rows.stream().filter(r -> r.status == RowStatus.NEW).toList();
      insertMembers(
          c, clubId, now, created, batch -> p.rows(Phase.STORING, done[0] += batch, total));
      Map<String, Long> ids = memberIds(c, clubId);
      for (PlannedRow r : created) {
        Long id = ids.get(numberKey(r.created.memberNumber()));
        for (FieldChange ch : r.createdChanges) {
          history.add(new History(id, r.created.memberNumber(), MemberChange.Action.CREATED, ch));
        }
      }
      insertDepartments(c, clubId, created, ids);
      insertHistory(c, clubId, now, who, history);
      remember(table, mapping, now, who);
    } catch (SQLException | PersistenceException e) {
      throw failed(clubId, e);
    }
    p.rows(Phase.STORING, total, total);
    return plan.report(table, true);
  }

  /**
   * An unexpected failure while storing (database refused a statement, connection lost): logged for
   * the operator, told to the user in plain words; the exception rolls the transaction back.
   */
  private static RuleViolationException failed(long clubId, Exception e) {
    LOG.log(Level.WARNING, "member import in club " + clubId + " failed, rolled back", e);
    return new RuleViolationException(null, "import.failed");
  }

  // ================================================================== planning

  private static final class PlannedRow {
    final int rowNumber;
    RowStatus status;
    MemberDraft draft;
    Member existing;
    Member created;
    List<FieldChange> createdChanges = List.of();
    List<String> changedFields = List.of();

    /** Departments the row names that the member does not belong to yet. */
    List<Department> joins = List.of();

    final List<RowProblem> problems = new ArrayList<>();

    PlannedRow(int rowNumber) {
      this.rowNumber = rowNumber;
    }

    RowResult result() {
      Member m = existing != null ? existing : created;
      String number = draft != null ? draft.getMemberNumber() : null;
      String name =
          draft == null
              ? ""
              : (Objects.toString(draft.getLastName(), "")
                      + ", "
                      + Objects.toString(draft.getFirstName(), ""))
                  .strip();
      if (number == null && m != null) {
        number = m.memberNumber();
      }
      return new RowResult(rowNumber, status, number, name, changedFields, List.copyOf(problems));
    }
  }

  private record Plan(LocalDate today, int retention, List<PlannedRow> rows) {
    ImportReport report(ImportTable table, boolean applied) {
      int created = 0;
      int updated = 0;
      int unchanged = 0;
      int errors = 0;
      List<RowResult> details = new ArrayList<>(rows.size());
      for (PlannedRow r : rows) {
        switch (r.status) {
          case NEW -> created++;
          case UPDATE -> updated++;
          case UNCHANGED -> unchanged++;
          case ERROR -> errors++;
        }
        details.add(r.result());
      }
      return new ImportReport(
          table.fileName(),
          applied,
          rows.size(),
          created,
          updated,
          unchanged,
          errors,
          details,
          table.warnings());
    }
  }

  private Plan plan(ImportTable table, ColumnMapping mapping, Progress progress) {
    LocalDate today = LocalDate.now(clock);
    int retention = retentionYears();
    List<Member> existing = em.createQuery("SELECT m FROM Member m", Member.class).getResultList();
    Map<String, Member> byNumber = new HashMap<>();
    Map<String, List<Member>> byName = new HashMap<>();
    for (Member m : existing) {
      byNumber.put(numberKey(m.memberNumber()), m);
      String key = nameKey(m.lastName(), m.firstName(), m.birthDate());
      if (key != null) {
        byName.computeIfAbsent(key, k -> new ArrayList<>(1)).add(m);
      }
    }
    Map<String, Department> departments = new HashMap<>();
    for (Department d :
        em.createQuery("SELECT d FROM Department d", Department.class).getResultList()) {
      departments.put(RowParser.departmentKey(d.name()), d);
    }
    Set<List<Long>> inDepartment = new HashSet<>();
    if (!departments.isEmpty() && mapping.column(ImportField.DEPARTMENTS) >= 0) {
      for (Object[] pair :
          em.createQuery(
                  "SELECT md.member.id, md.department.id FROM MemberDepartment md", Object[].class)
              .getResultList()) {
        inDepartment.add(List.of((Long) pair[0], (Long) pair[1]));
      }
    }
    RowParser parser = new RowParser(mapping, today);
    List<RowParser.ParsedRow> parsed = new ArrayList<>(table.rows().size());
    Set<String> numbersInFile = new HashSet<>();
    for (SheetRow row : table.rows()) {
      RowParser.ParsedRow pr = parser.parse(row);
      parsed.add(pr);
      if (pr.draft().getMemberNumber() != null) {
        numbersInFile.add(numberKey(pr.draft().getMemberNumber()));
      }
    }
    NumberSource numbers = new NumberSource(existing, byNumber.keySet(), numbersInFile);
    Map<String, Integer> seenNumbers = new HashMap<>();
    Map<String, Integer> seenNames = new HashMap<>();
    List<PlannedRow> rows = new ArrayList<>(parsed.size());
    int total = parsed.size();
    progress.rows(Phase.CHECKING, 0, total);
    for (RowParser.ParsedRow pr : parsed) {
      PlannedRow r = new PlannedRow(pr.rowNumber());
      rows.add(r);
      r.problems.addAll(pr.problems());
      List<Department> named = new ArrayList<>();
      for (String name : pr.departments()) {
        Department dept = departments.get(RowParser.departmentKey(name));
        if (dept == null) {
          r.problems.add(problem(r.rowNumber, "import.row.department", name));
        } else {
          named.add(dept);
        }
      }
      MemberDraft d = pr.draft();
      r.draft = d;
      String number = Checks.clean(d.getMemberNumber());
      String nameKey = nameKey(d.getLastName(), d.getFirstName(), d.getBirthDate());
      if (number != null) {
        Integer first = seenNumbers.putIfAbsent(numberKey(number), r.rowNumber);
        if (first != null) {
          r.problems.add(problem(r.rowNumber, "import.row.duplicateNumber", number, first));
        }
      } else if (nameKey != null) {
        Integer first = seenNames.putIfAbsent(nameKey, r.rowNumber);
        if (first != null) {
          r.problems.add(problem(r.rowNumber, "import.row.duplicateName", first));
        }
      }
      if (r.problems.isEmpty()) {
        Member match = number != null ? byNumber.get(numberKey(number)) : null;
        if (match == null && number == null && nameKey != null) {
          List<Member> candidates = byName.getOrDefault(nameKey, List.of());
          if (candidates.size() > 1) {
            r.problems.add(problem(r.rowNumber, "import.row.ambiguous", candidates.size()));
          } else if (candidates.size() == 1) {
            match = candidates.get(0);
          }
        }
        if (r.problems.isEmpty()) {
          if (match != null) {
            planUpdate(r, match, pr, today, retention);
            planJoins(r, match, named, inDepartment);
          } else {
            planNew(r, d, number == null ? numbers.next() : number, named, today, retention);
          }
        }
      }
      if (!r.problems.isEmpty()) {
        r.status = RowStatus.ERROR;
      }
      if (rows.size() % PROGRESS_STEP == 0) {
        progress.rows(Phase.CHECKING, rows.size(), total);
      }
    }
    progress.rows(Phase.CHECKING, total, total);
    return new Plan(today, retention, rows);
  }

  private void planNew(
      PlannedRow r,
      MemberDraft d,
      String number,
      List<Department> departments,
      LocalDate today,
      int retention) {
    MemberDraft draft = d.copy();
    draft.setMemberNumber(number);
    r.draft = draft;
    Member m = new Member();
    try {
      List<FieldChange> changes = new ArrayList<>(m.change(draft, today, retention));
      for (Department dept : departments) {
        changes.add(m.joinDepartment(dept, departmentEntry(m.entryDate(), today)));
      }
      r.createdChanges = changes;
      r.created = m;
      r.status = RowStatus.NEW;
    } catch (RuleViolationException e) {
      r.problems.add(RowProblem.rule(r.rowNumber, e.messageKey(), e.arguments()));
    }
  }

  private void planUpdate(
      PlannedRow r, Member m, RowParser.ParsedRow pr, LocalDate today, int retention) {
    if (m.isAnonymised()) {
      r.problems.add(RowProblem.rule(r.rowNumber, "member.anonymised"));
      return;
    }
    MemberDraft before = MemberDraft.of(m);
    MemberDraft merged = before.copy();
    overlay(merged, pr.draft(), pr.filled());
    r.existing = m;
    r.draft = merged;
    // the rules, checked on fresh copies so that a preview never touches the stored member
    try {
      Map<String, String> old = values(new Member().change(before, today, retention));
      Map<String, String> now = values(new Member().change(merged, today, retention));
      Set<String> fields = new java.util.TreeSet<>(old.keySet());
      fields.addAll(now.keySet());
      List<String> changed = new ArrayList<>();
      for (String field : fields) {
        if (!Objects.equals(old.get(field), now.get(field))) {
          changed.add(field);
        }
      }
      r.changedFields = List.copyOf(changed);
      r.status = changed.isEmpty() ? RowStatus.UNCHANGED : RowStatus.UPDATE;
    } catch (RuleViolationException e) {
      if ("member.guardian.required".equals(e.messageKey()) && m.hasLinkedGuardian()) {
        r.status = RowStatus.UPDATE;
        r.changedFields = List.of();
      } else {
        r.problems.add(RowProblem.rule(r.rowNumber, e.messageKey(), e.arguments()));
      }
    }
  }

  /**
   * The departments of the row the matched member does not belong to yet; joining one is a change
   * (a re-import of the same file joins nothing twice).
   */
  private static void planJoins(
      PlannedRow r, Member m, List<Department> named, Set<List<Long>> inDepartment) {
    if (r.status == RowStatus.ERROR || !r.problems.isEmpty()) {
      return;
    }
    List<Department> joins =
        named.stream().filter(d -> !inDepartment.contains(List.of(m.id(), d.id()))).toList();
    if (joins.isEmpty()) {
      return;
    }
    r.joins = joins;
    List<String> changed = new ArrayList<>(r.changedFields);
    changed.add("department");
    r.changedFields = List.copyOf(changed);
    r.status = RowStatus.UPDATE;
  }

  /** A department entry imported with a member is the member's entry into the club. */
  private static LocalDate departmentEntry(LocalDate memberEntry, LocalDate today) {
    return memberEntry != null ? memberEntry : today;
  }

  private static Map<String, String> values(List<FieldChange> fromEmpty) {
    Map<String, String> m = new HashMap<>();
    fromEmpty.forEach(c -> m.put(c.field(), c.newValue()));
    return m;
  }

  /** Sets the fields the row filled; empty cells keep the stored value. */
  private static void overlay(MemberDraft target, MemberDraft row, Set<ImportField> filled) {
    for (ImportField f : filled) {
      switch (f) {
        case MEMBER_NUMBER -> target.setMemberNumber(row.getMemberNumber());
        case SALUTATION -> target.setSalutation(row.getSalutation());
        case LAST_NAME -> target.setLastName(row.getLastName());
        case FIRST_NAME -> target.setFirstName(row.getFirstName());
        case BIRTH_DATE -> target.setBirthDate(row.getBirthDate());
        case GENDER -> target.setGender(row.getGender());
        case STREET -> target.setStreet(row.getStreet());
        case POSTAL_CODE -> target.setPostalCode(row.getPostalCode());
        case CITY -> target.setCity(row.getCity());
        case PHONE, MOBILE -> target.setPhone(row.getPhone());
        case EMAIL -> target.setEmail(row.getEmail());
        case STATUS -> target.setStatus(row.getStatus());
        case MEMBERSHIP_TYPE -> target.setMembershipType(row.getMembershipType());
        case FEE_CATEGORY -> target.setFeeCategory(row.getFeeCategory());
        case ENTRY_DATE -> target.setEntryDate(row.getEntryDate());
        case EXIT_DATE -> target.setExitDate(row.getExitDate());
        case GUARDIAN_NAME -> target.setGuardianName(row.getGuardianName());
        case GUARDIAN_PHONE -> target.setGuardianPhone(row.getGuardianPhone());
        case GUARDIAN_EMAIL -> target.setGuardianEmail(row.getGuardianEmail());
        case DEPARTMENTS -> {
          // departments are joined, never left, by an import (see planJoins)
        }
      }
    }
  }

  private static RowProblem problem(int row, String key, Object... args) {
    List<Object> texts = new ArrayList<>();
    for (Object a : args) {
      texts.add(String.valueOf(a)); // row numbers without grouping ("1234", not "1.234")
    }
    return new RowProblem(row, key, null, texts);
  }

  /** Member numbers are unique per club ignoring case, like the database's collation. */
  static String numberKey(String number) {
    return number == null ? null : number.strip().toLowerCase(Locale.ROOT);
  }

  static String nameKey(String last, String first, LocalDate birth) {
    String l = Checks.clean(last);
    String f = Checks.clean(first);
    if (l == null || f == null || birth == null) {
      return null;
    }
    return l.toLowerCase(Locale.GERMAN)
        + "\u0000"
        + f.toLowerCase(Locale.GERMAN)
        + "\u0000"
        + birth;
  }

  /** Member numbers for new rows without one: after the club's highest, never one in use. */
  private static final class NumberSource {
    private final Set<String> taken = new HashSet<>();
    private String last;

    NumberSource(List<Member> existing, Set<String> stored, Set<String> inFile) {
      taken.addAll(stored);
      taken.addAll(inFile);
      String top = null;
      for (Member m : existing) {
        String n = m.memberNumber();
        if (top == null
            || n.length() > top.length()
            || (n.length() == top.length() && n.compareTo(top) > 0)) {
          top = n;
        }
      }
      last = top == null ? "0" : top;
    }

    String next() {
      String candidate = MemberService.increment(last);
      while (taken.contains(numberKey(candidate))) {
        candidate = MemberService.increment(candidate);
      }
      taken.add(numberKey(candidate));
      last = candidate;
      return candidate;
    }
  }

  // ================================================================== storing

  private record History(Long memberId, String number, MemberChange.Action action, FieldChange c) {}

  private static void insertMembers(
      Connection c, long clubId, LocalDateTime now, List<PlannedRow> rows, IntConsumer stored)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO member (club_id, version, member_number, salutation, first_name,"
                + " last_name, birth_date, gender, street, postal_code, city, municipality_ags,"
                + " phone, email, status, entry_date, exit_date, membership_type, fee_category,"
                + " guardian_name, guardian_phone, guardian_email, anonymise_after, created_at)"
                + " VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      Timestamp at = Timestamp.valueOf(now);
      int n = 0;
      for (PlannedRow r : rows) {
        Member m = r.created;
        int i = 1;
        ps.setLong(i++, clubId);
        ps.setString(i++, m.memberNumber());
        ps.setString(i++, m.salutation());
        ps.setString(i++, m.firstName());
        ps.setString(i++, m.lastName());
        setDate(ps, i++, m.birthDate());
        ps.setString(i++, m.gender().name());
        ps.setString(i++, m.address() == null ? null : m.address().street());
        ps.setString(i++, m.address() == null ? null : m.address().postalCode());
        ps.setString(i++, m.address() == null ? null : m.address().city());
        ps.setString(i++, m.municipalityAgs());
        ps.setString(i++, m.phone());
        ps.setString(i++, m.email());
        ps.setString(i++, m.status().name());
        setDate(ps, i++, m.entryDate());
        setDate(ps, i++, m.exitDate());
        ps.setString(i++, m.membershipType().name());
        ps.setString(i++, m.feeCategory());
        ps.setString(i++, m.guardianName());
        ps.setString(i++, m.guardianPhone());
        ps.setString(i++, m.guardianEmail());
        setDate(ps, i++, m.anonymiseAfter());
        ps.setTimestamp(i++, at);
        ps.addBatch();
        if (++n % BATCH == 0) {
          ps.executeBatch();
          stored.accept(BATCH);
        }
      }
      if (n % BATCH != 0) {
        ps.executeBatch();
        stored.accept(n % BATCH);
      }
    }
  }

  private static void insertDepartments(
      Connection c, long clubId, List<PlannedRow> rows, Map<String, Long> ids) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO member_department (member_id, department_id, club_id, entry_date)"
                + " VALUES (?, ?, ?, ?)")) {
      int n = 0;
      for (PlannedRow r : rows) {
        Long id = ids.get(numberKey(r.created.memberNumber()));
        for (MemberDepartment md : r.created.departments()) {
          ps.setLong(1, id);
          ps.setLong(2, md.departmentId());
          ps.setLong(3, clubId);
          setDate(ps, 4, md.entryDate());
          ps.addBatch();
          if (++n % BATCH == 0) {
            ps.executeBatch();
          }
        }
      }
      if (n % BATCH != 0) {
        ps.executeBatch();
      }
    }
  }

  private static Map<String, Long> memberIds(Connection c, long clubId) throws SQLException {
    Map<String, Long> ids = new HashMap<>();
    try (PreparedStatement ps =
        c.prepareStatement("SELECT id, member_number FROM member WHERE club_id = ?")) {
      ps.setLong(1, clubId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          ids.put(numberKey(rs.getString(2)), rs.getLong(1));
        }
      }
    }
    return ids;
  }

  private static void insertHistory(
      Connection c, long clubId, LocalDateTime now, Principal who, List<History> history)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO member_change (club_id, member_id, member_number, changed_at,"
                + " actor_person_id, actor_name, action, field, old_value, new_value)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      Timestamp at = Timestamp.valueOf(now);
      String name = who == null ? "Heldenhelfer" : who.displayName();
      if (name.length() > 200) {
        name = name.substring(0, 200);
      }
      int n = 0;
      for (History h : history) {
        ps.setLong(1, clubId);
        ps.setObject(2, h.memberId(), Types.BIGINT);
        ps.setString(3, h.number());
        ps.setTimestamp(4, at);
        ps.setObject(5, who == null ? null : who.personId(), Types.BIGINT);
        ps.setString(6, name);
        ps.setString(7, h.action().name());
        ps.setString(8, h.c().field());
        ps.setString(9, cut(h.c().oldValue()));
        ps.setString(10, cut(h.c().newValue()));
        ps.addBatch();
        if (++n % BATCH == 0) {
          ps.executeBatch();
        }
      }
      if (n % BATCH != 0) {
        ps.executeBatch();
      }
    }
  }

  private static String cut(String s) {
    int max = MemberChange.MAX_VALUE;
    return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }

  private static void setDate(PreparedStatement ps, int i, LocalDate d) throws SQLException {
    if (d == null) {
      ps.setNull(i, Types.DATE);
    } else {
      ps.setDate(i, Date.valueOf(d));
    }
  }

  private void remember(
      ImportTable table, ColumnMapping mapping, LocalDateTime now, Principal who) {
    String text = mapping.toText(table.header());
    Long person = who == null ? null : who.personId();
    MemberImportMapping stored = rememberedMapping().orElse(null);
    if (stored == null) {
      em.persist(new MemberImportMapping(text, now, person));
    } else {
      stored.remember(text, now, person);
    }
    em.flush();
  }

  private java.util.Optional<MemberImportMapping> rememberedMapping() {
    return em.createQuery("SELECT m FROM MemberImportMapping m", MemberImportMapping.class)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  private int retentionYears() {
    Club club = em.find(Club.class, tenant.requireClubId());
    return club == null ? Club.DEFAULT_RETENTION_YEARS : club.retentionYears();
  }
}
