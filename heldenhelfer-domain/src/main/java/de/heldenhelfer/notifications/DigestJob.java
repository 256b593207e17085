package de.heldenhelfer.notifications;

import de.heldenhelfer.membership.MemberService;
import de.heldenhelfer.people.Person;
import de.heldenhelfer.platform.mail.MailOutbox;
import de.heldenhelfer.shared.Messages;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The daily digest at 07:00: one mail per person who chose it, listing their notifications not yet
 * mailed, which are then marked mailed in the same transaction – so a second run queues nothing
 * twice, and the outbox key (person and newest notification) guards the same digest once more.
 */
@Singleton
public class DigestJob {
  private static final Logger LOG = Logger.getLogger(DigestJob.class.getName());

  @Inject EntityManager em;
  @Inject MailOutbox outbox;

  @Schedule(hour = "7", minute = "0", persistent = false, info = "notification digest")
  public void daily() {
    try {
      int mails = run();
      if (mails > 0) {
        LOG.info("notification digests queued: " + mails);
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "notification digest failed", e);
    }
  }

  /** Queues the digests that are due; returns how many mails. */
  public int run() {
    List<Notification> pending =
        em.createQuery(
                "SELECT n FROM Notification n WHERE n.mailedAt IS NULL AND n.personId IN"
                    + " (SELECT s.personId FROM NotificationSetting s WHERE s.mode = :daily)"
                    + " ORDER BY n.personId, n.createdAt, n.id",
                Notification.class)
            .setParameter("daily", NotificationMode.DAILY)
            .getResultList();
    Map<Long, List<Notification>> byPerson = new LinkedHashMap<>();
    for (Notification n : pending) {
      byPerson.computeIfAbsent(n.personId(), k -> new ArrayList<>()).add(n);
    }
    LocalDateTime now = LocalDateTime.now(MemberService.ZONE).truncatedTo(ChronoUnit.MILLIS);
    int mails = 0;
    for (Map.Entry<Long, List<Notification>> e : byPerson.entrySet()) {
      Person p = em.find(Person.class, e.getKey());
      if (p == null || p.email() == null) {
        continue;
      }
      Locale locale = Locale.forLanguageTag(p.locale() == null ? "de" : p.locale());
      List<String> titles = e.getValue().stream().map(Notification::title).toList();
      boolean queued =
          outbox.enqueue(
              // the newest notification names the digest: a second run finds nothing unmailed,
              // and notifications that arrive later get a digest of their own
              "digest:" + p.id() + ":" + e.getValue().get(e.getValue().size() - 1).id(),
              p.email(),
              Messages.get(locale, "notificationMail.digestSubject", titles.size()),
              NotificationService.mailBody(p, locale, titles, null, "/app/notifications.xhtml"));
      e.getValue().forEach(n -> n.mailed(now));
      if (queued) {
        mails++;
      }
    }
    return mails;
  }
}
