package de.heldenhelfer.people;

import de.heldenhelfer.club.Club;
import de.heldenhelfer.security.ClubRole;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * A person's role in a club. Read per person (never per club list across tenants) to build the
 * person's {@link de.heldenhelfer.security.Principal}. Department-scoped roles (trainer, department
 * lead) name their department; the id is a plain column because departments are club-private and
 * the principal is built before a club is selected.
 */
@Entity
@Table(name = "club_role")
public class ClubRoleAssignment {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "club_id")
  private Club club;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "person_id")
  private Person person;

  @Enumerated(EnumType.STRING)
  private ClubRole role;

  private LocalDate since;

  @Column(name = "department_id")
  private Long departmentId;

  protected ClubRoleAssignment() {}

  public ClubRoleAssignment(Club club, Person person, ClubRole role, LocalDate since) {
    this(club, person, role, since, null);
  }

  /** A role limited to one department (meaningful for department lead and trainer). */
  public ClubRoleAssignment(
      Club club, Person person, ClubRole role, LocalDate since, Long departmentId) {
    this.club = club;
    this.person = person;
    this.role = role;
    this.since = since;
    this.departmentId = departmentId;
  }

  public Club club() {
    return club;
  }

  public Person person() {
    return person;
  }

  public ClubRole role() {
    return role;
  }

  public LocalDate since() {
    return since;
  }

  /** The department a department-scoped role is limited to, or null. */
  public Long departmentId() {
    return departmentId;
  }
}
