package de.heldenhelfer.paperwork;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * A person's secret calendar feed in one club. Looked up by the hash of its token before any club
 * is selected, so it is deliberately not a tenant-filtered entity: it names its club, and the feed
 * enters that club before reading tasks. Only the SHA-256 of the token is stored.
 */
@Entity
@Table(name = "calendar_feed")
public class CalendarFeed {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "club_id")
  private long clubId;

  @Column(name = "person_id")
  private long personId;

  @Column(name = "token_hash")
  private String tokenHash;

  @Column(name = "created_at")
  private LocalDateTime createdAt;

  protected CalendarFeed() {}

  CalendarFeed(long clubId, long personId, String tokenHash, LocalDateTime createdAt) {
    this.clubId = clubId;
    this.personId = personId;
    this.tokenHash = tokenHash;
    this.createdAt = createdAt;
  }

  public long clubId() {
    return clubId;
  }

  public long personId() {
    return personId;
  }

  public LocalDateTime createdAt() {
    return createdAt;
  }

  void renew(String tokenHash, LocalDateTime now) {
    this.tokenHash = tokenHash;
    this.createdAt = now;
  }
}
