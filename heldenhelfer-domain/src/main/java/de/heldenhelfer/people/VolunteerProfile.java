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
import java.util.Arrays;
import java.util.List;

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

  protected VolunteerProfile() {}

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
    return skills == null || skills.isBlank()
        ? List.of()
        : Arrays.stream(skills.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
