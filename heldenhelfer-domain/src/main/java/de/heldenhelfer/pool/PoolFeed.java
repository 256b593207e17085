package de.heldenhelfer.pool;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A volunteer's secret calendar feed of their shifts; only the token's hash is stored. */
@Entity
@Table(name = "pool_feed")
public class PoolFeed {
  @Id
  @Column(name = "person_id")
  private long personId;

  @Column(name = "token_hash")
  private String tokenHash;

  @Column(name = "created_at")
  private LocalDateTime createdAt;

  protected PoolFeed() {}

  PoolFeed(long personId, String tokenHash, LocalDateTime createdAt) {
    this.personId = personId;
    this.tokenHash = tokenHash;
    this.createdAt = createdAt;
  }

  void renew(String tokenHash, LocalDateTime at) {
    this.tokenHash = tokenHash;
    this.createdAt = at;
  }

  public long personId() {
    return personId;
  }

  public LocalDateTime createdAt() {
    return createdAt;
  }
}
