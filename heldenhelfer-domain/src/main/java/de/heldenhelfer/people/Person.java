package de.heldenhelfer.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;

/**
 * A person who signs in (linked to the Keycloak subject) or helps in the pool. One person may be
 * board in one club, member of another and volunteer everywhere; the roles live in {@link
 * ClubRoleAssignment}, region roles in Keycloak.
 */
@Entity
@Table(name = "person")
public class Person {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  private String subject;
  private String email;

  @Column(name = "first_name")
  private String firstName;

  @Column(name = "last_name")
  private String lastName;

  private String locale;

  @Column(name = "last_login_at")
  private LocalDateTime lastLoginAt;

  protected Person() {}

  public Person(String subject, String email, String firstName, String lastName) {
    this.subject = subject;
    this.email = email;
    this.firstName = firstName == null || firstName.isBlank() ? "" : firstName;
    this.lastName = lastName == null || lastName.isBlank() ? email : lastName;
    this.locale = "de";
  }

  public Long id() {
    return id;
  }

  public String subject() {
    return subject;
  }

  public String email() {
    return email;
  }

  public String firstName() {
    return firstName;
  }

  public String lastName() {
    return lastName;
  }

  public String displayName() {
    return (firstName + " " + lastName).strip();
  }

  public String locale() {
    return locale;
  }

  /** Links this person to the identity provider's subject on first login. */
  public void linkSubject(String subject) {
    if (this.subject != null && !this.subject.equals(subject)) {
      throw new IllegalStateException("Person is already linked to another account");
    }
    this.subject = subject;
  }

  /** Records a login and takes over the name the identity provider knows. */
  public void recordLogin(LocalDateTime at, String firstName, String lastName) {
    this.lastLoginAt = at;
    if (firstName != null && !firstName.isBlank()) {
      this.firstName = firstName;
    }
    if (lastName != null && !lastName.isBlank()) {
      this.lastName = lastName;
    }
  }

  public void chooseLocale(String locale) {
    this.locale = "en".equals(locale) ? "en" : "de";
  }
}
