package de.heldenhelfer.pool;

import de.heldenhelfer.club.Club;
import de.heldenhelfer.club.Municipality;
import de.heldenhelfer.shared.RuleViolationException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A club's Helfergesuch: what, where, for whom visible, which rules apply to helpers, and its
 * shifts. Not tenant-filtered (volunteers read needs of all clubs); see ADR 0012.
 */
@Entity
@EntityListeners(PoolChangeListener.class)
@Table(name = "need")
public class Need {
  /** Whether volunteers can still sign up. */
  public enum Status {
    OPEN,
    CLOSED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "club_id")
  private Club club;

  @Column(name = "club_id", insertable = false, updatable = false)
  private Long clubId;

  private String title;
  private String description;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "ags")
  private Municipality municipality;

  private String address;

  @Enumerated(EnumType.STRING)
  private NeedCategory category;

  @Enumerated(EnumType.STRING)
  private NeedVisibility visibility;

  @Column(name = "min_age")
  private int minAge;

  private String qualifications;
  private String skills;

  @Column(name = "cancel_hours")
  private int cancelHours;

  @Enumerated(EnumType.STRING)
  private Status status;

  @Column(name = "created_by")
  private Long createdBy;

  @Column(name = "created_at")
  private LocalDateTime createdAt;

  @Column(name = "updated_at")
  private LocalDateTime updatedAt;

  @OneToMany(mappedBy = "need", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("day, startTime")
  private List<Shift> shifts = new ArrayList<>();

  protected Need() {}

  public Need(Club club, Long createdBy, LocalDateTime now) {
    this.club = club;
    this.clubId = club.id();
    this.createdBy = createdBy;
    this.createdAt = now;
    this.updatedAt = now;
    this.status = Status.OPEN;
    this.cancelHours = 24;
    this.visibility = NeedVisibility.POOL;
    this.category = NeedCategory.OTHER;
  }

  /** Takes over the fields of a draft after checking them. */
  public void describe(NeedDraft d, Municipality municipality, LocalDateTime now) {
    if (d.title() == null || d.title().isBlank()) {
      throw new RuleViolationException("title", "need.titleRequired");
    }
    if (d.title().length() > 150) {
      throw new RuleViolationException("title", "need.titleTooLong");
    }
    if (d.minAge() < 0 || d.minAge() > 99) {
      throw new RuleViolationException("minAge", "need.minAgeRange");
    }
    if (d.cancelHours() < 0 || d.cancelHours() > 24 * 14) {
      throw new RuleViolationException("cancelHours", "need.cancelHoursRange");
    }
    if (d.address() != null && d.address().length() > 200) {
      throw new RuleViolationException("address", "need.addressTooLong");
    }
    if (d.description() != null && d.description().length() > 5000) {
      throw new RuleViolationException("description", "need.descriptionTooLong");
    }
    this.title = d.title().strip();
    this.description = blankToNull(d.description());
    this.municipality = municipality;
    this.address = blankToNull(d.address());
    this.category = d.category() == null ? NeedCategory.OTHER : d.category();
    this.visibility = d.visibility() == null ? NeedVisibility.POOL : d.visibility();
    this.minAge = d.minAge();
    this.cancelHours = d.cancelHours();
    this.qualifications =
        d.qualifications() == null || d.qualifications().isEmpty()
            ? null
            : d.qualifications().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    this.skills =
        d.skills() == null || d.skills().isEmpty()
            ? null
            : d.skills().stream().map(String::strip).collect(Collectors.joining(","));
    this.updatedAt = now;
  }

  /** Adds a shift after checking times and capacity. */
  public Shift addShift(ShiftDraft d) {
    Shift shift = new Shift(this, d);
    shifts.add(shift);
    return shift;
  }

  /** A club-internal need asked about at a partner club becomes visible to partner clubs. */
  void widenToPartners(LocalDateTime now) {
    if (visibility == NeedVisibility.CLUB) {
      visibility = NeedVisibility.PARTNERS;
      updatedAt = now;
    }
  }

  public void close(LocalDateTime now) {
    this.status = Status.CLOSED;
    this.updatedAt = now;
  }

  public void reopen(LocalDateTime now) {
    this.status = Status.OPEN;
    this.updatedAt = now;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  public Long id() {
    return id;
  }

  public long version() {
    return version;
  }

  public Club club() {
    return club;
  }

  public long clubId() {
    return clubId;
  }

  public String title() {
    return title;
  }

  public String description() {
    return description;
  }

  public Municipality municipality() {
    return municipality;
  }

  public String address() {
    return address;
  }

  public NeedCategory category() {
    return category;
  }

  public NeedVisibility visibility() {
    return visibility;
  }

  public int minAge() {
    return minAge;
  }

  public int cancelHours() {
    return cancelHours;
  }

  public Status status() {
    return status;
  }

  public boolean isOpen() {
    return status == Status.OPEN;
  }

  public Set<PoolQualification> qualifications() {
    if (qualifications == null || qualifications.isBlank()) {
      return EnumSet.noneOf(PoolQualification.class);
    }
    EnumSet<PoolQualification> set = EnumSet.noneOf(PoolQualification.class);
    for (String s : qualifications.split(",")) {
      set.add(PoolQualification.valueOf(s.strip()));
    }
    return set;
  }

  public Set<String> skills() {
    if (skills == null || skills.isBlank()) {
      return Set.of();
    }
    return Arrays.stream(skills.split(","))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  public List<Shift> shifts() {
    return shifts;
  }

  public LocalDateTime createdAt() {
    return createdAt;
  }
}
