package de.heldenhelfer.platform.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.LocalDateTime;

/**
 * A mail waiting in the outbox: written in the transaction of the change it reports, sent by {@link
 * OutboxSender}, retried with a growing pause while SMTP fails. The dedupe key (unique) keeps one
 * event from being queued twice for the same recipient.
 */
@Entity
@Table(name = "mail_outbox")
public class OutboxMail {
  /** Pauses before the 1st, 2nd, ... retry; the last one repeats. */
  static final Duration[] BACKOFF = {
    Duration.ofSeconds(15),
    Duration.ofSeconds(30),
    Duration.ofMinutes(1),
    Duration.ofMinutes(5),
    Duration.ofMinutes(15),
    Duration.ofHours(1)
  };

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "dedupe_key")
  private String dedupeKey;

  private String recipient;
  private String subject;
  private String body;

  @Column(name = "created_at")
  private LocalDateTime createdAt;

  private int attempts;

  @Column(name = "next_attempt_at")
  private LocalDateTime nextAttemptAt;

  @Column(name = "sent_at")
  private LocalDateTime sentAt;

  @Column(name = "last_error")
  private String lastError;

  protected OutboxMail() {}

  OutboxMail(String dedupeKey, String recipient, String subject, String body, LocalDateTime now) {
    this.dedupeKey = dedupeKey;
    this.recipient = recipient;
    this.subject = subject;
    this.body = body;
    this.createdAt = now;
    this.nextAttemptAt = now;
  }

  void sent(LocalDateTime now) {
    attempts++;
    sentAt = now;
    lastError = null;
  }

  void failed(String error, LocalDateTime now) {
    attempts++;
    nextAttemptAt = now.plus(BACKOFF[Math.min(attempts, BACKOFF.length) - 1]);
    lastError = error == null ? "?" : error.length() > 500 ? error.substring(0, 500) : error;
  }

  public Long id() {
    return id;
  }

  public String recipient() {
    return recipient;
  }

  public String subject() {
    return subject;
  }

  public String body() {
    return body;
  }

  public int attempts() {
    return attempts;
  }

  public LocalDateTime sentAt() {
    return sentAt;
  }

  public LocalDateTime nextAttemptAt() {
    return nextAttemptAt;
  }
}
