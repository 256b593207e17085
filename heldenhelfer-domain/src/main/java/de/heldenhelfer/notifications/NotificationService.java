package de.heldenhelfer.notifications;

import de.heldenhelfer.membership.MemberService;
import de.heldenhelfer.people.Person;
import de.heldenhelfer.platform.mail.MailOutbox;
import de.heldenhelfer.security.Actor;
import de.heldenhelfer.security.RequiresSignIn;
import de.heldenhelfer.shared.Config;
import de.heldenhelfer.shared.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The bell and the notification e-mails. {@link #notify} is called by services that decided who is
 * to hear of something (permissions checked there); it writes one notification per person and, for
 * people who want mail at once, queues it in the outbox in the same transaction. People who chose
 * the daily digest get {@link DigestJob}'s one mail a day; people who chose "off" only the bell.
 */
@ApplicationScoped
public class NotificationService {
  /** Most entries the bell lists. */
  public static final int BELL_SIZE = 20;

  @Inject EntityManager em;
  @Inject Actor actor;
  @Inject MailOutbox outbox;

  /** What is to be told: a kind (for grouping), the text in German and English, a link. */
  public record Message(String kind, String titleDe, String titleEn, String link, String bodyDe) {
    String title(Locale locale) {
      return "en".equals(locale.getLanguage()) ? titleEn : titleDe;
    }
  }

  /**
   * Tells {@code personIds} about {@code message}; {@code eventKey} names the event so that the
   * same event is never mailed twice to one person. Joins the caller's transaction (called by
   * services, which decided who is to hear of it); it declares no permission of its own.
   */
  public void notify(Collection<Long> personIds, String eventKey, Message message) {
    if (personIds.isEmpty()) {
      return;
    }
    LocalDateTime now = now();
    Map<Long, NotificationMode> modes = modes(personIds);
    for (Person p :
        em.createQuery("SELECT p FROM Person p WHERE p.id IN :ids", Person.class)
            .setParameter("ids", personIds)
            .getResultList()) {
      Locale locale = Locale.forLanguageTag(p.locale() == null ? "de" : p.locale());
      Notification n =
          new Notification(p.id(), message.kind(), message.title(locale), message.link(), now);
      em.persist(n);
      NotificationMode mode = modes.getOrDefault(p.id(), NotificationMode.IMMEDIATE);
      if (mode == NotificationMode.IMMEDIATE && p.email() != null) {
        outbox.enqueue(
            "notification:" + eventKey + ":" + p.id(),
            p.email(),
            "Heldenhelfer: " + message.title(locale),
            mailBody(p, locale, List.of(message.title(locale)), message.bodyDe(), message.link()));
        n.mailed(now);
      }
    }
  }

  /** The text of a notification mail: greeting, what happened, link, how to change the setting. */
  static String mailBody(Person p, Locale locale, List<String> titles, String detail, String link) {
    StringBuilder b = new StringBuilder();
    b.append(Messages.get(locale, "notificationMail.greeting", p.displayName())).append("\n\n");
    for (String t : titles) {
      b.append("• ").append(t).append('\n');
    }
    if (detail != null && !detail.isBlank()) {
      b.append('\n').append(detail.strip()).append('\n');
    }
    b.append('\n')
        .append(Messages.get(locale, "notificationMail.open"))
        .append(' ')
        .append(Config.appUrl())
        .append(link == null ? "/app/dashboard.xhtml" : link)
        .append("\n\n-- \n")
        .append(
            Messages.get(
                locale,
                "notificationMail.settings",
                Config.appUrl() + "/app/notifications.xhtml",
                Config.appUrl()
                    + "/notifications-off.xhtml?token="
                    + NotificationTokens.token(p.id())));
    return b.toString();
  }

  /** Unread notifications of the signed-in person. */
  @RequiresSignIn
  @Transactional
  public long unreadCount() {
    return em.createQuery(
            "SELECT COUNT(n) FROM Notification n WHERE n.personId = :p AND n.readAt IS NULL",
            Long.class)
        .setParameter("p", actor.require().personId())
        .getSingleResult();
  }

  /** The newest notifications of the signed-in person. */
  @RequiresSignIn
  @Transactional
  public List<Notification> latest() {
    return em.createQuery(
            "SELECT n FROM Notification n WHERE n.personId = :p ORDER BY n.createdAt DESC, n.id"
                + " DESC",
            Notification.class)
        .setParameter("p", actor.require().personId())
        .setMaxResults(BELL_SIZE)
        .getResultList();
  }

  /** Marks one of the person's notifications read (another person's id: nothing happens). */
  @RequiresSignIn
  @Transactional
  public void markRead(long id) {
    Notification n = em.find(Notification.class, id);
    if (n != null && n.personId() == actor.require().personId()) {
      n.read(now());
    }
  }

  @RequiresSignIn
  @Transactional
  public int markAllRead() {
    return em.createQuery(
            "UPDATE Notification n SET n.readAt = :now WHERE n.personId = :p AND n.readAt IS NULL")
        .setParameter("now", now())
        .setParameter("p", actor.require().personId())
        .executeUpdate();
  }

  @RequiresSignIn
  @Transactional
  public NotificationMode mode() {
    NotificationSetting s = em.find(NotificationSetting.class, actor.require().personId());
    return s == null ? NotificationMode.IMMEDIATE : s.mode();
  }

  @RequiresSignIn
  @Transactional
  public void setMode(NotificationMode mode) {
    setMode(actor.require().personId(), mode == null ? NotificationMode.IMMEDIATE : mode);
  }

  /**
   * Turns notification mail off for the person named by a signed token (the link in every
   * notification mail; no login). Returns the person's name; a forged token is not found.
   */
  @de.heldenhelfer.security.PublicOperation(
      "the link in a notification mail; the signed token is the proof")
  @Transactional
  public String turnOffByToken(String token) {
    long personId = NotificationTokens.verify(token);
    Person p = em.find(Person.class, personId);
    if (p == null) {
      throw new de.heldenhelfer.shared.NotFoundException();
    }
    setMode(personId, NotificationMode.OFF);
    return p.displayName();
  }

  private void setMode(long personId, NotificationMode mode) {
    NotificationSetting s = em.find(NotificationSetting.class, personId);
    if (s == null) {
      em.persist(new NotificationSetting(personId, mode, now()));
    } else {
      s.change(mode, now());
    }
  }

  private Map<Long, NotificationMode> modes(Collection<Long> personIds) {
    Map<Long, NotificationMode> modes = new HashMap<>();
    for (Object[] r :
        em.createQuery(
                "SELECT s.personId, s.mode FROM NotificationSetting s WHERE s.personId IN :ids",
                Object[].class)
            .setParameter("ids", personIds)
            .getResultList()) {
      modes.put((Long) r[0], (NotificationMode) r[1]);
    }
    return modes;
  }

  private static LocalDateTime now() {
    return LocalDateTime.now(MemberService.ZONE).truncatedTo(ChronoUnit.MILLIS);
  }
}
