package de.heldenhelfer.servicedesk;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One line of a request's history: who did what and when. Written once, never changed. */
@Entity
@Table(name = "desk_event")
public class DeskEvent {
  /** What happened. */
  public enum Kind {
    OPENED,
    REPLIED_CLUB,
    REPLIED_DESK,
    STATUS,
    ASSIGNED,
    REOPENED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "request_id")
  private DeskRequest request;

  /** Position in the request's history (several steps can share one instant). */
  private int seq;

  private LocalDateTime at;

  @Column(name = "actor_name")
  private String actorName;

  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  private Kind kind;

  private String detail;

  protected DeskEvent() {}

  DeskEvent(
      DeskRequest request, int seq, LocalDateTime at, String actorName, Kind kind, String detail) {
    this.request = request;
    this.seq = seq;
    this.at = at;
    this.actorName = actorName;
    this.kind = kind;
    this.detail = detail;
  }

  public LocalDateTime at() {
    return at;
  }

  public String actorName() {
    return actorName;
  }

  public Kind kind() {
    return kind;
  }

  /** A status name, an assignee's name – what the kind needs to be read. */
  public String detail() {
    return detail;
  }
}
