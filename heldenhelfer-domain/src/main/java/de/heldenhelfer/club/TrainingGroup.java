package de.heldenhelfer.club;

import de.heldenhelfer.shared.RuleViolationException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A club's training group: which sport, at which facility (and its municipality), on which weekday
 * and time, with how many participants. Club-private; the statistics read only counts of them.
 */
@Entity
@Table(name = "training_group")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "club_id", contextProperty = "eclipselink.tenant-id")
public class TrainingGroup {
  /** Most participants of one group. */
  public static final int MAX_PARTICIPANTS = 999;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  private String name;

  @Column(name = "sport_code")
  private Integer sportCode;

  private String facility;

  @Column(name = "facility_ags")
  private String facilityAgs;

  private int weekday;

  @Column(name = "start_time")
  private LocalTime startTime;

  @Column(name = "end_time")
  private LocalTime endTime;

  private int participants;

  /** Shown on the club's public page. */
  private boolean published;

  @Column(name = "updated_at")
  private LocalDateTime updatedAt;

  @Column(name = "updated_by")
  private String updatedBy;

  protected TrainingGroup() {}

  /** What a board enters for a group. */
  public record Draft(
      String name,
      Integer sportCode,
      String facility,
      String facilityAgs,
      Integer weekday,
      LocalTime start,
      LocalTime end,
      Integer participants,
      boolean published) {}

  public TrainingGroup(Draft draft, String by, LocalDateTime now) {
    change(draft, by, now);
  }

  /** Takes the draft over after checking every field; nothing changes when one is wrong. */
  public void change(Draft d, String by, LocalDateTime now) {
    String n = d.name() == null ? "" : d.name().strip();
    String f = d.facility() == null ? "" : d.facility().strip();
    if (n.isEmpty()) {
      throw new RuleViolationException("name", "training.name.required");
    }
    if (n.length() > 100) {
      throw new RuleViolationException("name", "training.name.tooLong", 100);
    }
    if (f.isEmpty()) {
      throw new RuleViolationException("facility", "training.facility.required");
    }
    if (f.length() > 150) {
      throw new RuleViolationException("facility", "training.facility.tooLong", 150);
    }
    if (d.facilityAgs() == null || !d.facilityAgs().matches("\\d{8}")) {
      throw new RuleViolationException("municipality", "training.municipality.required");
    }
    if (d.weekday() == null || d.weekday() < 1 || d.weekday() > 7) {
      throw new RuleViolationException("weekday", "training.weekday.required");
    }
    if (d.start() == null || d.end() == null) {
      throw new RuleViolationException("start", "training.time.required");
    }
    if (!d.end().isAfter(d.start())) {
      throw new RuleViolationException("end", "training.time.order");
    }
    if (d.participants() == null || d.participants() < 0 || d.participants() > MAX_PARTICIPANTS) {
      throw new RuleViolationException(
          "participants", "training.participants.range", MAX_PARTICIPANTS);
    }
    this.name = n;
    this.sportCode = d.sportCode() == null || d.sportCode() == 0 ? null : d.sportCode();
    this.facility = f;
    this.facilityAgs = d.facilityAgs();
    this.weekday = d.weekday();
    this.startTime = d.start().truncatedTo(ChronoUnit.MINUTES);
    this.endTime = d.end().truncatedTo(ChronoUnit.MINUTES);
    this.participants = d.participants();
    this.published = d.published();
    this.updatedBy = by;
    this.updatedAt = now;
  }

  /** Minutes per week. */
  public long minutes() {
    return ChronoUnit.MINUTES.between(startTime, endTime);
  }

  public Draft draft() {
    return new Draft(
        name,
        sportCode,
        facility,
        facilityAgs,
        weekday,
        startTime,
        endTime,
        participants,
        published);
  }

  public Long id() {
    return id;
  }

  public long version() {
    return version;
  }

  public String name() {
    return name;
  }

  public Integer sportCode() {
    return sportCode;
  }

  public String facility() {
    return facility;
  }

  public String facilityAgs() {
    return facilityAgs;
  }

  public int weekday() {
    return weekday;
  }

  public LocalTime startTime() {
    return startTime;
  }

  public LocalTime endTime() {
    return endTime;
  }

  public int participants() {
    return participants;
  }

  public boolean published() {
    return published;
  }

  public LocalDateTime updatedAt() {
    return updatedAt;
  }

  public String updatedBy() {
    return updatedBy;
  }
}
