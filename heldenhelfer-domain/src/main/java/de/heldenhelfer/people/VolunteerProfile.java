package de.heldenhelfer.people;

import de.heldenhelfer.club.Municipality;
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
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** A person's profile in the shared volunteer pool. The volunteer decides who sees it. */
@Entity
@Table(name = "volunteer_profile")
public class VolunteerProfile {
  /** Who may see the profile. */
  public enum Visibility {
    NOBODY,
    AGENCY,
    POOL
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "person_id")
  private Person person;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "home_ags")
  private Municipality home;

  @Column(name = "birth_date")
  private LocalDate birthDate;

  @Column(name = "radius_km")
  private int radiusKm;

  @Enumerated(EnumType.STRING)
  private Visibility visibility;

  private String skills;
  private String interests;
  private String tags;
  private String availability;
  private String languages;

  @Column(name = "reach_ags")
  private String reachAgs;

  private String phone;

  @Column(name = "updated_at")
  private LocalDateTime updatedAt;

  protected VolunteerProfile() {}

  /** A new profile for {@code person}, visible to nobody until the volunteer decides. */
  public VolunteerProfile(Person person, Municipality home, LocalDateTime now) {
    this.person = person;
    this.home = home;
    this.radiusKm = 10;
    this.visibility = Visibility.NOBODY;
    this.updatedAt = now;
  }

  /** Takes over what the volunteer entered; lists are stored comma-separated. */
  public void update(
      Municipality home,
      LocalDate birthDate,
      int radiusKm,
      Visibility visibility,
      List<String> skills,
      List<String> interests,
      List<String> tags,
      String availability,
      List<String> languages,
      List<String> reachAgs,
      String phone,
      LocalDateTime now) {
    this.home = home;
    this.birthDate = birthDate;
    this.radiusKm = radiusKm;
    this.visibility = visibility;
    this.skills = join(skills, 500);
    this.interests = join(interests, 300);
    this.tags = join(tags, 300);
    this.availability = availability == null || availability.isBlank() ? null : availability;
    this.languages = join(languages, 200);
    this.reachAgs = join(reachAgs, 500);
    this.phone = phone == null || phone.isBlank() ? null : phone.strip();
    this.updatedAt = now;
  }

  private static String join(List<String> values, int max) {
    if (values == null || values.isEmpty()) {
      return null;
    }
    String s =
        values.stream()
            .map(String::strip)
            .filter(v -> !v.isEmpty())
            .map(v -> v.replace(",", " "))
            .distinct()
            .collect(Collectors.joining(","));
    if (s.length() > max) {
      throw new de.heldenhelfer.shared.RuleViolationException("tags", "volunteer.listTooLong");
    }
    return s.isEmpty() ? null : s;
  }

  private static List<String> split(String s) {
    return s == null || s.isBlank()
        ? List.of()
        : Arrays.stream(s.split(",")).map(String::strip).filter(v -> !v.isEmpty()).toList();
  }

  public Long id() {
    return id;
  }

  public LocalDate birthDate() {
    return birthDate;
  }

  public List<String> interests() {
    return split(interests);
  }

  public List<String> tags() {
    return split(tags);
  }

  public String availability() {
    return availability;
  }

  public List<String> languages() {
    return split(languages);
  }

  public List<String> reachAgs() {
    return split(reachAgs);
  }

  public String phone() {
    return phone;
  }

  public Person person() {
    return person;
  }

  public Municipality home() {
    return home;
  }

  public int radiusKm() {
    return radiusKm;
  }

  public Visibility visibility() {
    return visibility;
  }

  public List<String> skills() {
    return split(skills);
  }
}
