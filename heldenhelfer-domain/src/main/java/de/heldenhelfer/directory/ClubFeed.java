package de.heldenhelfer.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A club's calendar feed of its public events; only the secret token's hash is stored. */
@Entity
@Table(name = "club_feed")
public class ClubFeed {
  @Id
  @Column(name = "club_id")
  private long clubId;

  @Column(name = "token_hash")
  private String tokenHash;

  @Column(name = "created_at")
  private LocalDateTime createdAt;

  @Column(name = "created_by")
  private long createdBy;

  protected ClubFeed() {}

  ClubFeed(long clubId, String tokenHash, long createdBy, LocalDateTime createdAt) {
    this.clubId = clubId;
    renew(tokenHash, createdBy, createdAt);
  }

  void renew(String tokenHash, long by, LocalDateTime at) {
    this.tokenHash = tokenHash;
    this.createdBy = by;
    this.createdAt = at;
  }

  public long clubId() {
    return clubId;
  }

  public LocalDateTime createdAt() {
    return createdAt;
  }
}
