package de.heldenhelfer.platform.mail;

import de.heldenhelfer.membership.MemberService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDateTime;

/**
 * Queues mail in the caller's transaction (so a rolled-back change sends nothing) for {@link
 * OutboxSender}; without a transaction the container's entity manager refuses to write.
 * Infrastructure, not a service: callers have checked permissions already.
 */
@ApplicationScoped
public class MailOutbox {
  @Inject EntityManager em;

  /**
   * Queues a mail unless one with the same {@code dedupeKey} is queued already; returns whether it
   * was queued.
   */
  public boolean enqueue(String dedupeKey, String recipient, String subject, String body) {
    Long existing =
        em.createQuery("SELECT COUNT(m) FROM OutboxMail m WHERE m.dedupeKey = :k", Long.class)
            .setParameter("k", dedupeKey)
            .getSingleResult();
    if (existing > 0) {
      return false;
    }
    em.persist(
        new OutboxMail(
            dedupeKey,
            recipient,
            subject,
            body,
            LocalDateTime.now(MemberService.ZONE)
                .truncatedTo(java.time.temporal.ChronoUnit.MILLIS)));
    return true;
  }
}
