package de.heldenhelfer.platform.demo;

import de.heldenhelfer.platform.demo.DemoRegion.Club;
import de.heldenhelfer.platform.demo.DemoRegion.ClubRole;
import de.heldenhelfer.platform.demo.DemoRegion.Consent;
import de.heldenhelfer.platform.demo.DemoRegion.Department;
import de.heldenhelfer.platform.demo.DemoRegion.FamilyLink;
import de.heldenhelfer.platform.demo.DemoRegion.Member;
import de.heldenhelfer.platform.demo.DemoRegion.MemberDepartment;
import de.heldenhelfer.platform.demo.DemoRegion.MemberFunction;
import de.heldenhelfer.platform.demo.DemoRegion.Person;
import de.heldenhelfer.platform.demo.DemoRegion.Qualification;
import de.heldenhelfer.platform.demo.DemoRegion.VolunteerProfile;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Loads a {@link DemoRegion} into an empty installation with plain JDBC: one transaction, batched
 * inserts with explicit ids. Expects the schema of {@code V1__platform_foundation.sql} and {@code
 * V3__members.sql} and the reference data of {@code V2__reference_data.sql} (municipalities,
 * sports).
 *
 * <p>Does nothing if {@code club} already has rows. Ids are shifted past the highest existing id of
 * each table, and persons that already exist with a demo account's subject or e-mail (for example
 * after a login before the load) are reused instead of inserted. On any error the transaction is
 * rolled back and nothing stays behind.
 *
 * <p>Use a connection outside of a container-managed (JTA) transaction: the loader calls {@code
 * setAutoCommit(false)}, {@code commit()} and {@code rollback()} itself.
 */
public final class DemoRegionLoader {

  private static final Logger LOG = Logger.getLogger(DemoRegionLoader.class.getName());
  private static final int BATCH = 1_000;

  /**
   * What a load did.
   *
   * @param loaded false if the club table already had rows and nothing was inserted
   * @param persons inserted person rows (reused demo-account persons are not counted)
   * @param volunteers inserted volunteer_profile rows
   * @param functions inserted member_function rows
   * @param consents inserted member_consent rows
   * @param qualifications inserted member_qualification rows
   * @param familyLinks inserted family_link rows
   */
  public record LoadResult(
      boolean loaded,
      int clubs,
      int departments,
      int members,
      int memberDepartments,
      int clubRoles,
      int persons,
      int volunteers,
      int functions,
      int consents,
      int qualifications,
      int familyLinks,
      long elapsedMs) {

    static LoadResult skipped(long elapsedMs) {
      return new LoadResult(false, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, elapsedMs);
    }
  }

  private DemoRegionLoader() {}

  /**
   * Generates the demo region for {@code seed}/{@code scale}/{@code referenceDate} and inserts it,
   * unless the {@code club} table already has rows.
   *
   * @throws IllegalStateException if the load fails (wrapping the {@link SQLException}); the
   *     transaction has then been rolled back
   */
  public static LoadResult load(DataSource ds, long seed, Scale scale, LocalDate referenceDate) {
    Objects.requireNonNull(ds, "ds");
    long start = System.nanoTime();
    try (Connection c = ds.getConnection()) {
      boolean autoCommit = c.getAutoCommit();
      c.setAutoCommit(false);
      try {
        if (count(c, "SELECT COUNT(*) FROM club") > 0) {
          c.rollback();
          LOG.info("Demo region not loaded: the club table already has rows");
          return LoadResult.skipped(elapsedMs(start));
        }
        DemoRegion region = DemoRegion.generate(seed, scale, referenceDate);
        checkReferenceData(c, region);
        LoadResult result = insert(c, region, start);
        c.commit();
        LOG.info(
            () ->
                String.format(
                    "Demo region loaded (seed %d, %s): %d clubs, %d departments, %d members,"
                        + " %d member departments, %d club roles, %d persons, %d volunteers,"
                        + " %d functions, %d consents, %d qualifications, %d family links in"
                        + " %d ms",
                    seed,
                    scale,
                    result.clubs(),
                    result.departments(),
                    result.members(),
                    result.memberDepartments(),
                    result.clubRoles(),
                    result.persons(),
                    result.volunteers(),
                    result.functions(),
                    result.consents(),
                    result.qualifications(),
                    result.familyLinks(),
                    result.elapsedMs()));
        return result;
      } catch (SQLException | RuntimeException | Error e) {
        try {
          c.rollback();
        } catch (SQLException rollbackFailure) {
          e.addSuppressed(rollbackFailure);
        }
        throw e;
      } finally {
        try {
          c.setAutoCommit(autoCommit);
        } catch (SQLException ignored) {
          // the connection is closed next anyway
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Loading the demo region failed and was rolled back", e);
    }
  }

  private static void checkReferenceData(Connection c, DemoRegion region) throws SQLException {
    long municipalities = count(c, "SELECT COUNT(*) FROM municipality");
    long sports = count(c, "SELECT COUNT(*) FROM sport");
    if (municipalities < region.municipalities().size() || sports == 0) {
      throw new IllegalStateException(
          "Reference data missing (municipality: "
              + municipalities
              + ", sport: "
              + sports
              + "); apply the Flyway migrations first");
    }
  }

  private static LoadResult insert(Connection c, DemoRegion region, long start)
      throws SQLException {
    long clubOff = maxId(c, "club");
    long deptOff = maxId(c, "department");
    java.sql.Timestamp loadedAt =
        java.sql.Timestamp.valueOf(
            java.time.LocalDateTime.now(de.heldenhelfer.membership.MemberService.ZONE));
    long personOff = maxId(c, "person");
    long roleOff = maxId(c, "club_role");
    long memberOff = maxId(c, "member");
    long volunteerOff = maxId(c, "volunteer_profile");
    long functionOff = maxId(c, "member_function");
    long consentOff = maxId(c, "member_consent");
    long qualificationOff = maxId(c, "member_qualification");
    long linkOff = maxId(c, "family_link");

    // persons: reuse existing rows of the demo accounts (matched by subject or e-mail)
    Map<Long, Long> personIds = new HashMap<>();
    Set<Long> reusedWithProfile = new HashSet<>();
    int persons = 0;
    try (PreparedStatement find =
            c.prepareStatement("SELECT id FROM person WHERE subject = ? OR email = ?");
        PreparedStatement hasProfile =
            c.prepareStatement("SELECT COUNT(*) FROM volunteer_profile WHERE person_id = ?");
        Batch ps =
            new Batch(
                c,
                "INSERT INTO person (id, version, subject, email, first_name, last_name, locale)"
                    + " VALUES (?, 0, ?, ?, ?, ?, ?)")) {
      for (Person p : region.persons()) {
        Long existing = null;
        if (p.subject() != null) {
          find.setString(1, p.subject());
          find.setString(2, p.email());
          try (ResultSet rs = find.executeQuery()) {
            if (rs.next()) {
              existing = rs.getLong(1);
            }
          }
        }
        if (existing != null) {
          personIds.put(p.id(), existing);
          hasProfile.setLong(1, existing);
          try (ResultSet rs = hasProfile.executeQuery()) {
            if (rs.next() && rs.getLong(1) > 0) {
              reusedWithProfile.add(existing);
            }
          }
          continue;
        }
        long id = p.id() + personOff;
        personIds.put(p.id(), id);
        ps.s.setLong(1, id);
        ps.s.setString(2, p.subject());
        ps.s.setString(3, p.email());
        ps.s.setString(4, p.firstName());
        ps.s.setString(5, p.lastName());
        ps.s.setString(6, p.locale());
        ps.add();
        persons++;
      }
      ps.finish();
    }

    try (Batch ps =
        new Batch(
            c,
            "INSERT INTO club (id, version, name, slug, kind, legal_form, register_number,"
                + " municipality_ags, street, postal_code, city, email, phone, website, purpose,"
                + " public_description, exemption_notice_date, founded_year, verified, created_at)"
                + " VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (Club cl : region.clubs()) {
        PreparedStatement s = ps.s;
        s.setLong(1, cl.id() + clubOff);
        s.setString(2, cl.name());
        s.setString(3, cl.slug());
        s.setString(4, cl.kind().name());
        s.setString(5, cl.legalForm());
        s.setString(6, cl.registerNumber());
        s.setString(7, cl.municipalityAgs());
        s.setString(8, cl.street());
        s.setString(9, cl.postalCode());
        s.setString(10, cl.city());
        s.setString(11, cl.email());
        s.setString(12, cl.phone());
        s.setString(13, cl.website());
        s.setString(14, cl.purpose());
        s.setString(15, cl.publicDescription());
        setDate(s, 16, cl.exemptionNoticeDate());
        if (cl.foundedYear() == null) {
          s.setNull(17, Types.INTEGER);
        } else {
          s.setInt(17, cl.foundedYear());
        }
        s.setBoolean(18, cl.verified());
        s.setTimestamp(19, loadedAt);
        ps.add();
      }
      ps.finish();
    }

    try (Batch ps =
        new Batch(
            c,
            "INSERT INTO department (id, club_id, version, name, sport_code)"
                + " VALUES (?, ?, 0, ?, ?)")) {
      for (Department d : region.departments()) {
        ps.s.setLong(1, d.id() + deptOff);
        ps.s.setLong(2, d.clubId() + clubOff);
        ps.s.setString(3, d.name());
        if (d.sportCode() == null) {
          ps.s.setNull(4, Types.INTEGER);
        } else {
          ps.s.setInt(4, d.sportCode());
        }
        ps.add();
      }
      ps.finish();
    }

    try (Batch ps =
        new Batch(
            c,
            "INSERT INTO club_role (id, club_id, person_id, role, since, department_id)"
                + " VALUES (?, ?, ?, ?, ?, ?)")) {
      for (ClubRole r : region.clubRoles()) {
        ps.s.setLong(1, r.id() + roleOff);
        ps.s.setLong(2, r.clubId() + clubOff);
        ps.s.setLong(3, personIds.get(r.personId()));
        ps.s.setString(4, r.role());
        setDate(ps.s, 5, r.since());
        if (r.departmentId() == null) {
          ps.s.setNull(6, java.sql.Types.BIGINT);
        } else {
          ps.s.setLong(6, r.departmentId() + deptOff);
        }
        ps.add();
      }
      ps.finish();
    }

    try (Batch ps =
        new Batch(
            c,
            "INSERT INTO member (id, club_id, version, member_number, salutation, first_name,"
                + " last_name, birth_date, gender, street, postal_code, city, municipality_ags,"
                + " phone, email, status, entry_date, exit_date, person_id, membership_type,"
                + " fee_category, guardian_name, guardian_phone, guardian_email,"
                + " record_check_inspected, record_check_certificate_date, record_check_excluded,"
                + " youth_work_end, anonymise_after, created_at) VALUES (?, ?, 0, ?, ?, ?, ?, ?, ?,"
                + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (Member m : region.members()) {
        PreparedStatement s = ps.s;
        s.setLong(1, m.id() + memberOff);
        s.setLong(2, m.clubId() + clubOff);
        s.setString(3, m.memberNumber());
        s.setString(4, m.salutation());
        s.setString(5, m.firstName());
        s.setString(6, m.lastName());
        setDate(s, 7, m.birthDate());
        s.setString(8, m.gender());
        s.setString(9, m.street());
        s.setString(10, m.postalCode());
        s.setString(11, m.city());
        s.setString(12, m.municipalityAgs());
        s.setString(13, m.phone());
        s.setString(14, m.email());
        s.setString(15, m.status());
        setDate(s, 16, m.entryDate());
        setDate(s, 17, m.exitDate());
        if (m.personId() == null) {
          s.setNull(18, Types.BIGINT);
        } else {
          s.setLong(18, personIds.get(m.personId()));
        }
        s.setString(19, m.membershipType());
        s.setString(20, m.feeCategory());
        s.setString(21, m.guardianName());
        s.setString(22, m.guardianPhone());
        s.setString(23, m.guardianEmail());
        s.setBoolean(24, m.recordCheckInspected());
        setDate(s, 25, m.recordCheckCertificateDate());
        s.setBoolean(26, m.recordCheckExcluded());
        setDate(s, 27, m.youthWorkEnd());
        setDate(s, 28, m.anonymiseAfter());
        s.setTimestamp(29, loadedAt); // the app's zone, not the database's default (ADR 0008)
        ps.add();
      }
      ps.finish();
    }

    try (Batch ps =
        new Batch(
            c,
            "INSERT INTO member_department (member_id, department_id, club_id, entry_date)"
                + " VALUES (?, ?, ?, ?)")) {
      for (MemberDepartment md : region.memberDepartments()) {
        ps.s.setLong(1, md.memberId() + memberOff);
        ps.s.setLong(2, md.departmentId() + deptOff);
        ps.s.setLong(3, md.clubId() + clubOff);
        setDate(ps.s, 4, md.entryDate());
        ps.add();
      }
      ps.finish();
    }

    try (Batch ps =
        new Batch(
            c,
            "INSERT INTO member_function (id, club_id, version, member_id, kind, title,"
                + " department_id, term_start, term_end) VALUES (?, ?, 0, ?, ?, ?, ?, ?, ?)")) {
      for (MemberFunction f : region.memberFunctions()) {
        PreparedStatement s = ps.s;
        s.setLong(1, f.id() + functionOff);
        s.setLong(2, f.clubId() + clubOff);
        s.setLong(3, f.memberId() + memberOff);
        s.setString(4, f.kind());
        s.setString(5, f.title());
        if (f.departmentId() == null) {
          s.setNull(6, Types.BIGINT);
        } else {
          s.setLong(6, f.departmentId() + deptOff);
        }
        setDate(s, 7, f.termStart());
        setDate(s, 8, f.termEnd());
        ps.add();
      }
      ps.finish();
    }

    try (Batch ps =
        new Batch(
            c,
            "INSERT INTO member_consent (id, club_id, version, member_id, kind, granted,"
                + " consent_date, withdrawn_on, recorded_at) VALUES (?, ?, 0, ?, ?, ?, ?, ?, ?)")) {
      for (Consent k : region.consents()) {
        PreparedStatement s = ps.s;
        s.setLong(1, k.id() + consentOff);
        s.setLong(2, k.clubId() + clubOff);
        s.setLong(3, k.memberId() + memberOff);
        s.setString(4, k.kind());
        s.setBoolean(5, k.granted());
        setDate(s, 6, k.consentDate());
        setDate(s, 7, k.withdrawnOn());
        LocalDate recorded = k.withdrawnOn() != null ? k.withdrawnOn() : k.consentDate();
        s.setTimestamp(8, Timestamp.valueOf(recorded.atTime(18, 0)));
        ps.add();
      }
      ps.finish();
    }

    try (Batch ps =
        new Batch(
            c,
            "INSERT INTO member_qualification (id, club_id, version, member_id, kind, name,"
                + " issued_on, expires_on) VALUES (?, ?, 0, ?, ?, ?, ?, ?)")) {
      for (Qualification q : region.qualifications()) {
        PreparedStatement s = ps.s;
        s.setLong(1, q.id() + qualificationOff);
        s.setLong(2, q.clubId() + clubOff);
        s.setLong(3, q.memberId() + memberOff);
        s.setString(4, q.kind());
        s.setString(5, q.name());
        setDate(s, 6, q.issuedOn());
        setDate(s, 7, q.expiresOn());
        ps.add();
      }
      ps.finish();
    }

    try (Batch ps =
        new Batch(
            c,
            "INSERT INTO family_link (id, club_id, version, member_id, related_member_id,"
                + " relation) VALUES (?, ?, 0, ?, ?, ?)")) {
      for (FamilyLink l : region.familyLinks()) {
        PreparedStatement s = ps.s;
        s.setLong(1, l.id() + linkOff);
        s.setLong(2, l.clubId() + clubOff);
        s.setLong(3, l.memberId() + memberOff);
        s.setLong(4, l.relatedMemberId() + memberOff);
        s.setString(5, l.relation());
        ps.add();
      }
      ps.finish();
    }

    int volunteers = 0;
    try (Batch ps =
        new Batch(
            c,
            "INSERT INTO volunteer_profile (id, version, person_id, home_ags, birth_date,"
                + " radius_km, visibility, skills) VALUES (?, 0, ?, ?, ?, ?, ?, ?)")) {
      for (VolunteerProfile v : region.volunteerProfiles()) {
        long personId = personIds.get(v.personId());
        if (reusedWithProfile.contains(personId)) {
          continue;
        }
        ps.s.setLong(1, v.id() + volunteerOff);
        ps.s.setLong(2, personId);
        ps.s.setString(3, v.homeAgs());
        setDate(ps.s, 4, v.birthDate());
        ps.s.setInt(5, v.radiusKm());
        ps.s.setString(6, v.visibility());
        ps.s.setString(7, v.skills());
        ps.add();
        volunteers++;
      }
      ps.finish();
    }

    String pool =
        DemoPool.insert(
            c,
            region,
            personIds,
            clubOff,
            LocalDate.now(de.heldenhelfer.membership.MemberService.ZONE));
    LOG.info(() -> "Demo pool loaded: " + pool);
    String desk =
        DemoDesk.insert(
            c,
            region,
            personIds,
            clubOff,
            java.time.LocalDateTime.now(de.heldenhelfer.membership.MemberService.ZONE)
                .truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
    LOG.info(() -> "Demo service desk loaded: " + desk);
    int training = DemoTraining.insert(c);
    LOG.info(() -> "Demo training groups loaded: " + training);
    int apiClients = DemoApiClients.insert(c);
    LOG.info(() -> "Demo API clients authorised: " + apiClients);

    return new LoadResult(
        true,
        region.clubs().size(),
        region.departments().size(),
        region.members().size(),
        region.memberDepartments().size(),
        region.clubRoles().size(),
        persons,
        volunteers,
        region.memberFunctions().size(),
        region.consents().size(),
        region.qualifications().size(),
        region.familyLinks().size(),
        elapsedMs(start));
  }

  /** A prepared statement executed in batches of {@value #BATCH} rows. */
  private static final class Batch implements AutoCloseable {
    final PreparedStatement s;
    private int pending;

    Batch(Connection c, String sql) throws SQLException {
      this.s = c.prepareStatement(sql);
    }

    void add() throws SQLException {
      s.addBatch();
      if (++pending >= BATCH) {
        s.executeBatch();
        pending = 0;
      }
    }

    /** Executes the rows not yet sent; call once after the last {@link #add()}. */
    void finish() throws SQLException {
      if (pending > 0) {
        s.executeBatch();
        pending = 0;
      }
    }

    @Override
    public void close() throws SQLException {
      s.close();
    }
  }

  private static void setDate(PreparedStatement s, int index, LocalDate d) throws SQLException {
    if (d == null) {
      s.setNull(index, Types.DATE);
    } else {
      s.setDate(index, Date.valueOf(d));
    }
  }

  private static long count(Connection c, String sql) throws SQLException {
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static long maxId(Connection c, String table) throws SQLException {
    return count(c, "SELECT COALESCE(MAX(id), 0) FROM " + table);
  }

  private static long elapsedMs(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }
}
