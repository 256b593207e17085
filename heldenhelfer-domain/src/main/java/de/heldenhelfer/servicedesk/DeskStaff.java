package de.heldenhelfer.servicedesk;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A person of the service desk, recorded when they first open the queue. */
@Entity
@Table(name = "desk_staff")
public class DeskStaff {
  @Id
  @Column(name = "person_id")
  private Long personId;

  private LocalDateTime since;

  protected DeskStaff() {}

  DeskStaff(long personId, LocalDateTime since) {
    this.personId = personId;
    this.since = since;
  }

  public long personId() {
    return personId;
  }
}
