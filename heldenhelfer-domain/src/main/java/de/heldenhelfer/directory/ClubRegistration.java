package de.heldenhelfer.directory;

import de.heldenhelfer.club.Club;
import de.heldenhelfer.club.ClubKind;
import de.heldenhelfer.club.Municipality;
import de.heldenhelfer.membership.MemberService;
import de.heldenhelfer.people.ClubRoleAssignment;
import de.heldenhelfer.people.Person;
import de.heldenhelfer.platform.mail.MailOutbox;
import de.heldenhelfer.security.Actor;
import de.heldenhelfer.security.ClubRole;
import de.heldenhelfer.security.Permission;
import de.heldenhelfer.security.PublicOperation;
import de.heldenhelfer.security.RequiresPermission;
import de.heldenhelfer.shared.ConcurrentChangeException;
import de.heldenhelfer.shared.Messages;
import de.heldenhelfer.shared.NotFoundException;
import de.heldenhelfer.shared.RuleViolationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.text.Normalizer;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A club applies to be listed (no login): the club is created unverified – invisible in the
 * directory – with its application. The service desk verifies it (the club appears, the applicant
 * becomes its chair and signs in with the e-mail address given) or rejects it with a reason; the
 * applicant is told by e-mail either way.
 */
@ApplicationScoped
public class ClubRegistration {
  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

  @Inject EntityManager em;
  @Inject MailOutbox outbox;
  @Inject Actor actor;
  @Inject jakarta.enterprise.event.Event<de.heldenhelfer.club.ClubChanged> changed;

  /** What the form asks. */
  public record Application(
      String clubName,
      String registerNumber,
      String municipalityAgs,
      ClubKind kind,
      String clubEmail,
      String firstName,
      String lastName,
      String email) {}

  /** An application waiting for the desk. */
  public record Pending(
      long id,
      long version,
      String clubName,
      String registerNumber,
      String municipality,
      ClubKind kind,
      String applicant,
      String applicantEmail,
      LocalDateTime createdAt) {}

  @PublicOperation("anyone may apply for a club; it stays invisible until the desk verifies it")
  @Transactional
  public String apply(Application a, Locale locale) {
    String name = text(a.clubName());
    if (name.length() < 3 || name.length() > 200) {
      throw new RuleViolationException("clubName", "registration.clubName");
    }
    String register = text(a.registerNumber());
    if (register.length() > 40) {
      throw new RuleViolationException("registerNumber", "registration.registerNumber");
    }
    if (a.municipalityAgs() == null || em.find(Municipality.class, a.municipalityAgs()) == null) {
      throw new RuleViolationException("municipality", "registration.municipality");
    }
    if (a.kind() == null) {
      throw new RuleViolationException("kind", "registration.kind");
    }
    String clubEmail = text(a.clubEmail());
    if (!clubEmail.isEmpty() && !EMAIL.matcher(clubEmail).matches()) {
      throw new RuleViolationException("clubEmail", "registration.email");
    }
    String first = text(a.firstName());
    String last = text(a.lastName());
    if (first.isEmpty() || last.isEmpty() || first.length() > 100 || last.length() > 100) {
      throw new RuleViolationException("firstName", "registration.applicant");
    }
    String email = text(a.email()).toLowerCase(Locale.ROOT);
    if (!EMAIL.matcher(email).matches() || email.length() > 200) {
      throw new RuleViolationException("email", "registration.email");
    }
    Number same =
        (Number)
            sql("SELECT COUNT(*) FROM club WHERE name = ?1 AND municipality_ags = ?2")
                .setParameter(1, name)
                .setParameter(2, a.municipalityAgs())
                .getSingleResult();
    if (same.longValue() > 0) {
      throw new RuleViolationException("clubName", "registration.exists");
    }
    String slug = uniqueSlug(slug(name));
    LocalDateTime now = now();
    sql("INSERT INTO club (name, slug, kind, legal_form, register_number, municipality_ags, email,"
            + " verified) VALUES (?1, ?2, ?3, 'EV', ?4, ?5, ?6, FALSE)")
        .setParameter(1, name)
        .setParameter(2, slug)
        .setParameter(3, a.kind().name())
        .setParameter(4, register.isEmpty() ? null : register)
        .setParameter(5, a.municipalityAgs())
        .setParameter(6, clubEmail.isEmpty() ? null : clubEmail)
        .executeUpdate();
    long clubId =
        ((Number)
                sql("SELECT id FROM club WHERE slug = ?1").setParameter(1, slug).getSingleResult())
            .longValue();
    sql("INSERT INTO club_application (club_id, applicant_first, applicant_last, applicant_email,"
            + " status, created_at) VALUES (?1, ?2, ?3, ?4, 'PENDING', ?5)")
        .setParameter(1, clubId)
        .setParameter(2, first)
        .setParameter(3, last)
        .setParameter(4, email)
        .setParameter(5, now)
        .executeUpdate();
    outbox.enqueue(
        "club-application:received:" + slug,
        email,
        Messages.get(locale, "registration.mail.received.subject", name),
        Messages.get(locale, "registration.mail.received.body", first + " " + last, name));
    return slug;
  }

  @RequiresPermission(Permission.CLUB_VERIFY)
  @Transactional
  public List<Pending> pending() {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        sql("SELECT a.id, a.version, c.name, c.register_number, m.name, c.kind,"
                + " CONCAT(a.applicant_first, ' ', a.applicant_last), a.applicant_email,"
                + " a.created_at FROM club_application a JOIN club c ON c.id = a.club_id JOIN"
                + " municipality m ON m.ags = c.municipality_ags WHERE a.status = 'PENDING'"
                + " ORDER BY a.created_at, a.id")
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new Pending(
                    ((Number) r[0]).longValue(),
                    ((Number) r[1]).longValue(),
                    (String) r[2],
                    (String) r[3],
                    (String) r[4],
                    ClubKind.valueOf((String) r[5]),
                    (String) r[6],
                    (String) r[7],
                    r[8] instanceof java.sql.Timestamp t
                        ? t.toLocalDateTime()
                        : (LocalDateTime) r[8]))
        .toList();
  }

  /**
   * Verifies: the club becomes visible, the applicant its chair (a person with that e-mail address
   * is created if there is none; the first sign-in with it links the account), and gets a mail.
   */
  @RequiresPermission(Permission.CLUB_VERIFY)
  @Transactional
  public void verify(long applicationId, long expectedVersion) {
    Object[] a = decide(applicationId, expectedVersion, "VERIFIED", null);
    long clubId = ((Number) a[0]).longValue();
    Club club = em.find(Club.class, clubId);
    club.verify();
    changed.fire(new de.heldenhelfer.club.ClubChanged(clubId));
    String email = (String) a[3];
    List<Person> people =
        em.createQuery("SELECT p FROM Person p WHERE p.email = :e", Person.class)
            .setParameter("e", email)
            .getResultList();
    Person person = people.isEmpty() ? null : people.get(0);
    if (person == null) {
      person = new Person(null, email, (String) a[1], (String) a[2]);
      em.persist(person);
    }
    em.persist(new ClubRoleAssignment(club, person, ClubRole.CHAIR, now().toLocalDate()));
    outbox.enqueue(
        "club-application:verified:" + applicationId,
        email,
        Messages.get(Locale.GERMAN, "registration.mail.verified.subject", club.name()),
        Messages.get(
            Locale.GERMAN,
            "registration.mail.verified.body",
            a[1] + " " + a[2],
            club.name(),
            email));
  }

  /** Rejects with a reason the applicant reads; the club stays invisible. */
  @RequiresPermission(Permission.CLUB_VERIFY)
  @Transactional
  public void reject(long applicationId, long expectedVersion, String reason) {
    String why = text(reason);
    if (why.length() < 10 || why.length() > 1000) {
      throw new RuleViolationException("reason", "registration.reason");
    }
    Object[] a = decide(applicationId, expectedVersion, "REJECTED", why);
    String clubName =
        (String) sql("SELECT name FROM club WHERE id = ?1").setParameter(1, a[0]).getSingleResult();
    outbox.enqueue(
        "club-application:rejected:" + applicationId,
        (String) a[3],
        Messages.get(Locale.GERMAN, "registration.mail.rejected.subject", clubName),
        Messages.get(
            Locale.GERMAN, "registration.mail.rejected.body", a[1] + " " + a[2], clubName, why));
  }

  /** Marks a pending application decided; returns club id, first and last name, e-mail. */
  private Object[] decide(long id, long expectedVersion, String status, String reason) {
    @SuppressWarnings("unchecked")
    List<Object[]> found =
        sql("SELECT club_id, applicant_first, applicant_last, applicant_email, status, version"
                + " FROM club_application WHERE id = ?1 FOR UPDATE")
            .setParameter(1, id)
            .getResultList();
    if (found.isEmpty()) {
      throw new NotFoundException();
    }
    Object[] a = found.get(0);
    if (!"PENDING".equals(a[4]) || ((Number) a[5]).longValue() != expectedVersion) {
      throw new ConcurrentChangeException();
    }
    sql("UPDATE club_application SET status = ?1, reason = ?2, decided_by = ?3, decided_at = ?4,"
            + " version = version + 1 WHERE id = ?5")
        .setParameter(1, status)
        .setParameter(2, reason)
        .setParameter(3, actor.require().displayName())
        .setParameter(4, now())
        .setParameter(5, id)
        .executeUpdate();
    return a;
  }

  /** "TSV Höchberg 1906 e.V." → "tsv-hoechberg-1906-e-v". */
  static String slug(String name) {
    String s =
        name.toLowerCase(Locale.GERMAN)
            .replace("ä", "ae")
            .replace("ö", "oe")
            .replace("ü", "ue")
            .replace("ß", "ss");
    s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    s = s.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    return s.isEmpty() ? "verein" : s.length() > 180 ? s.substring(0, 180) : s;
  }

  private String uniqueSlug(String base) {
    String slug = base;
    for (int n = 2; ; n++) {
      Number taken =
          (Number)
              sql("SELECT COUNT(*) FROM club WHERE slug = ?1")
                  .setParameter(1, slug)
                  .getSingleResult();
      if (taken.longValue() == 0) {
        return slug;
      }
      slug = base + "-" + n;
    }
  }

  private static String text(String s) {
    return s == null ? "" : s.strip();
  }

  private static LocalDateTime now() {
    return LocalDateTime.now(MemberService.ZONE).truncatedTo(ChronoUnit.MILLIS);
  }

  private jakarta.persistence.Query sql(String sql) {
    return em.createNativeQuery(sql).setHint("eclipselink.jdbc.allow-native-sql-query", "true");
  }
}
