package de.heldenhelfer.pool;

import de.heldenhelfer.club.Club;
import de.heldenhelfer.shared.Messages;
import de.heldenhelfer.shared.RuleViolationException;
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
import java.util.Locale;

/**
 * A club asks a partner club for helpers for one of its needs (gegenseitige Unterstützung). Both
 * clubs see the request, the answer and the hours the partner's people gave.
 */
@Entity
@Table(name = "partner_request")
public class PartnerRequest {
  /** Where a request stands. */
  public enum Status {
    OPEN,
    ACCEPTED,
    DECLINED;

    public String label(Locale locale) {
      return Messages.get(locale, "partnerRequest." + name());
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "from_club_id")
  private Club fromClub;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "to_club_id")
  private Club toClub;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "need_id")
  private Need need;

  private int helpers;
  private String message;

  @Enumerated(EnumType.STRING)
  private Status status;

  private String answer;

  @Column(name = "created_by")
  private String createdBy;

  @Column(name = "created_at")
  private LocalDateTime createdAt;

  @Column(name = "answered_by")
  private String answeredBy;

  @Column(name = "answered_at")
  private LocalDateTime answeredAt;

  protected PartnerRequest() {}

  PartnerRequest(
      Club from, Club to, Need need, int helpers, String message, String by, LocalDateTime now) {
    if (helpers < 1 || helpers > 500) {
      throw new RuleViolationException("helpers", "partnerRequest.helpersRange");
    }
    if (message != null && message.length() > 1000) {
      throw new RuleViolationException("message", "partnerRequest.messageTooLong");
    }
    this.fromClub = from;
    this.toClub = to;
    this.need = need;
    this.helpers = helpers;
    this.message = message == null || message.isBlank() ? null : message.strip();
    this.status = Status.OPEN;
    this.createdBy = by;
    this.createdAt = now;
  }

  void answer(boolean accept, String answer, String by, LocalDateTime now) {
    if (status != Status.OPEN) {
      throw new RuleViolationException("status", "partnerRequest.answered");
    }
    if (answer != null && answer.length() > 1000) {
      throw new RuleViolationException("answer", "partnerRequest.messageTooLong");
    }
    this.status = accept ? Status.ACCEPTED : Status.DECLINED;
    this.answer = answer == null || answer.isBlank() ? null : answer.strip();
    this.answeredBy = by;
    this.answeredAt = now;
  }

  public Long id() {
    return id;
  }

  public Club fromClub() {
    return fromClub;
  }

  public Club toClub() {
    return toClub;
  }

  public Need need() {
    return need;
  }

  public int helpers() {
    return helpers;
  }

  public String message() {
    return message;
  }

  public Status status() {
    return status;
  }

  public String answer() {
    return answer;
  }

  public String createdBy() {
    return createdBy;
  }

  public LocalDateTime createdAt() {
    return createdAt;
  }

  public String answeredBy() {
    return answeredBy;
  }

  public LocalDateTime answeredAt() {
    return answeredAt;
  }
}
