package de.heldenhelfer.notifications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One entry of a person's bell: what happened, where to look, read or not, mailed or not. */
@Entity
@Table(name = "notification")
public class Notification {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "person_id")
  private long personId;

  private String kind;
  private String title;
  private String link;

  @Column(name = "created_at")
  private LocalDateTime createdAt;

  @Column(name = "read_at")
  private LocalDateTime readAt;

  @Column(name = "mailed_at")
  private LocalDateTime mailedAt;

  protected Notification() {}

  Notification(long personId, String kind, String title, String link, LocalDateTime now) {
    this.personId = personId;
    this.kind = kind;
    this.title = title.length() > 300 ? title.substring(0, 299) + "…" : title;
    this.link = link;
    this.createdAt = now;
  }

  void read(LocalDateTime now) {
    if (readAt == null) {
      readAt = now;
    }
  }

  void mailed(LocalDateTime now) {
    mailedAt = now;
  }

  public Long id() {
    return id;
  }

  public long personId() {
    return personId;
  }

  public String kind() {
    return kind;
  }

  public String title() {
    return title;
  }

  /** A path inside the app ("/app/request.xhtml?id=4"), or null. */
  public String link() {
    return link;
  }

  public LocalDateTime createdAt() {
    return createdAt;
  }

  public LocalDateTime readAt() {
    return readAt;
  }

  public LocalDateTime mailedAt() {
    return mailedAt;
  }
}
