package de.heldenhelfer.pool;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;

/** The agency proposes a volunteer for a shift; the volunteer accepts or declines. */
@Entity
@Table(name = "agency_proposal")
public class AgencyProposal {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "shift_id")
  private Shift shift;

  @Column(name = "need_id")
  private long needId;

  @Column(name = "club_id")
  private long clubId;

  @Column(name = "person_id")
  private long personId;

  @Column(name = "proposed_by")
  private long proposedBy;

  private int score;
  private String explanation;
  private String message;

  @Enumerated(EnumType.STRING)
  private ProposalStatus status;

  @Column(name = "created_at")
  private LocalDateTime createdAt;

  @Column(name = "answered_at")
  private LocalDateTime answeredAt;

  protected AgencyProposal() {}

  AgencyProposal(
      Shift shift,
      long personId,
      long proposedBy,
      int score,
      String explanation,
      String message,
      LocalDateTime now) {
    this.shift = shift;
    this.needId = shift.need().id();
    this.clubId = shift.clubId();
    this.personId = personId;
    this.proposedBy = proposedBy;
    this.score = score;
    this.explanation = explanation == null ? null : truncate(explanation);
    this.message = message == null || message.isBlank() ? null : truncate(message.strip());
    this.status = ProposalStatus.PROPOSED;
    this.createdAt = now;
  }

  private static String truncate(String s) {
    return s.length() > 1000 ? s.substring(0, 1000) : s;
  }

  void answer(ProposalStatus status, LocalDateTime now) {
    this.status = status;
    this.answeredAt = now;
  }

  public Long id() {
    return id;
  }

  public Shift shift() {
    return shift;
  }

  public long needId() {
    return needId;
  }

  public long clubId() {
    return clubId;
  }

  public long personId() {
    return personId;
  }

  public int score() {
    return score;
  }

  public String explanation() {
    return explanation;
  }

  public String message() {
    return message;
  }

  public ProposalStatus status() {
    return status;
  }

  public LocalDateTime createdAt() {
    return createdAt;
  }

  public LocalDateTime answeredAt() {
    return answeredAt;
  }
}
