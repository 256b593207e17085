package de.heldenhelfer.servicedesk;

import de.heldenhelfer.shared.RuleViolationException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * An announcement (Mitteilung) of the service desk to an audience of clubs, fixed when published
 * ({@code announcement_club}), optionally expiring.
 */
@Entity
@Table(name = "announcement")
public class Announcement {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @Enumerated(EnumType.STRING)
  private AnnouncementTopic topic;

  private String title;
  private String body;
  private String audience;

  @Column(name = "audience_label")
  private String audienceLabel;

  @Column(name = "published_at")
  private LocalDateTime publishedAt;

  @Column(name = "published_by")
  private String publishedBy;

  @Column(name = "expires_on")
  private LocalDate expiresOn;

  protected Announcement() {}

  public Announcement(
      AnnouncementTopic topic,
      String title,
      String body,
      Audience audience,
      String audienceLabel,
      LocalDate expiresOn,
      String by,
      LocalDateTime now) {
    String t = title == null ? "" : title.strip();
    String b = body == null ? "" : body.strip();
    if (t.isEmpty()) {
      throw new RuleViolationException("title", "announcement.title.required");
    }
    if (t.length() > 200) {
      throw new RuleViolationException("title", "announcement.title.tooLong", 200);
    }
    if (b.isEmpty()) {
      throw new RuleViolationException("body", "announcement.body.required");
    }
    if (expiresOn != null && expiresOn.isBefore(now.toLocalDate())) {
      throw new RuleViolationException("expiresOn", "announcement.expires.past");
    }
    this.topic = topic == null ? AnnouncementTopic.OTHER : topic;
    this.title = t;
    this.body = b;
    this.audience = audience.encode();
    this.audienceLabel = audienceLabel;
    this.expiresOn = expiresOn;
    this.publishedBy = by;
    this.publishedAt = now;
  }

  public Long id() {
    return id;
  }

  public AnnouncementTopic topic() {
    return topic;
  }

  public String title() {
    return title;
  }

  public String body() {
    return body;
  }

  public String audienceLabel() {
    return audienceLabel;
  }

  public LocalDateTime publishedAt() {
    return publishedAt;
  }

  public String publishedBy() {
    return publishedBy;
  }

  public LocalDate expiresOn() {
    return expiresOn;
  }

  /** Still shown to clubs on {@code day}. */
  public boolean current(LocalDate day) {
    return expiresOn == null || !expiresOn.isBefore(day);
  }
}
