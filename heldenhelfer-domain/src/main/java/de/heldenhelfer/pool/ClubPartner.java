package de.heldenhelfer.pool;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One direction of a partnership: {@code partnerId} sees {@code clubId}'s partner needs. An
 * accepted partner request writes both directions.
 */
@Entity
@Table(name = "club_partner")
@IdClass(ClubPartner.Key.class)
public class ClubPartner {
  /** The composite key. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private long clubId;
    private long partnerId;

    public Key() {}

    public Key(long clubId, long partnerId) {
      this.clubId = clubId;
      this.partnerId = partnerId;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.clubId == clubId && k.partnerId == partnerId;
    }

    @Override
    public int hashCode() {
      return Objects.hash(clubId, partnerId);
    }
  }

  @Id
  @Column(name = "club_id")
  private long clubId;

  @Id
  @Column(name = "partner_id")
  private long partnerId;

  private LocalDate since;

  protected ClubPartner() {}

  public ClubPartner(long clubId, long partnerId, LocalDate since) {
    this.clubId = clubId;
    this.partnerId = partnerId;
    this.since = since;
  }

  public long clubId() {
    return clubId;
  }

  public long partnerId() {
    return partnerId;
  }

  public LocalDate since() {
    return since;
  }
}
