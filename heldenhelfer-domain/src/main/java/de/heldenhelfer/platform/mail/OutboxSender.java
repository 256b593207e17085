package de.heldenhelfer.platform.mail;

import de.heldenhelfer.membership.MemberService;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.LocalDateTime;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends what the {@link MailOutbox} holds: every 10 seconds, the due mails one by one, each in a
 * transaction of its own that locks its row, sends, and marks it sent – so a mail is sent once even
 * if two runs overlap, and a failure (SMTP down) leaves it queued with a growing pause.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class OutboxSender {
  private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());
  private static final int BATCH = 100;

  @Inject EntityManager em;
  @Inject Mailer mailer;
  @jakarta.annotation.Resource jakarta.ejb.SessionContext context;

  private final Object running = new Object();

  @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false, info = "mail outbox")
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void every10Seconds() {
    try {
      sendDue();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "mail outbox run failed", e);
    }
  }

  /** Sends the mails that are due; returns how many went out. One run at a time. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public int sendDue() {
    synchronized (running) {
      int sent = 0;
      OutboxSender self = context.getBusinessObject(OutboxSender.class);
      for (Long id : self.dueIds()) {
        if (self.sendOne(id)) {
          sent++;
        }
      }
      return sent;
    }
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<Long> dueIds() {
    return em.createQuery(
            "SELECT m.id FROM OutboxMail m WHERE m.sentAt IS NULL AND m.nextAttemptAt <= :now"
                + " ORDER BY m.nextAttemptAt, m.id",
            Long.class)
        .setParameter("now", LocalDateTime.now(MemberService.ZONE))
        .setMaxResults(BATCH)
        .getResultList();
  }

  /** Sends one mail if it is still unsent; returns whether it went out now. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean sendOne(long id) {
    OutboxMail m = em.find(OutboxMail.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (m == null || m.sentAt() != null) {
      return false;
    }
    LocalDateTime now = LocalDateTime.now(MemberService.ZONE);
    try {
      mailer.send(OutgoingMail.plain(m.recipient(), m.subject(), m.body()));
      m.sent(now);
      return true;
    } catch (MailFailedException | IllegalArgumentException e) {
      m.failed(e.getMessage(), now);
      LOG.log(
          Level.INFO,
          "mail {0} not sent (attempt {1}), next try at {2}: {3}",
          new Object[] {id, m.attempts(), m.nextAttemptAt(), e.getMessage()});
      return false;
    }
  }
}
