package de.heldenhelfer.servicedesk;

import de.heldenhelfer.notifications.NotificationService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Who hears of what happens to a request: the club's board (everybody with {@code REQUEST_WRITE} in
 * the club) of the desk's replies and status changes; the assignee – or, while nobody is assigned,
 * the whole desk ({@link DeskStaff}) – of new requests and the club's replies. The person who acted
 * is never told of their own step.
 */
@ApplicationScoped
public class DeskNotifications {
  @Inject EntityManager em;
  @Inject NotificationService notifications;
  @Inject de.heldenhelfer.security.Actor actor;

  void opened(DeskRequest r) {
    notifications.notify(
        desk(r),
        "request-opened:" + r.id(),
        new NotificationService.Message(
            "REQUEST",
            "Neue Anfrage von " + r.club().name() + ": " + r.subject(),
            "New request from " + r.club().name() + ": " + r.subject(),
            "/app/desk-request.xhtml?id=" + r.id(),
            r.category().label(Locale.GERMAN)));
  }

  void clubReplied(DeskRequest r) {
    notifications.notify(
        desk(r),
        "request-club-reply:" + r.id() + ":" + r.messages().size(),
        new NotificationService.Message(
            "REQUEST",
            r.club().name() + " hat geantwortet: " + r.subject(),
            r.club().name() + " replied: " + r.subject(),
            "/app/desk-request.xhtml?id=" + r.id(),
            last(r)));
  }

  void deskReplied(DeskRequest r, boolean statusChanged) {
    String status = statusChanged ? " (" + r.status().label(Locale.GERMAN) + ")" : "";
    String statusEn = statusChanged ? " (" + r.status().label(Locale.ENGLISH) + ")" : "";
    notifications.notify(
        board(r),
        "request-desk-reply:" + r.id() + ":" + r.messages().size(),
        new NotificationService.Message(
            "REQUEST",
            "Antwort der Servicestelle: " + r.subject() + status,
            "Reply from the service desk: " + r.subject() + statusEn,
            "/app/request.xhtml?id=" + r.id(),
            last(r)));
  }

  void statusChanged(DeskRequest r) {
    Set<Long> who = board(r);
    if (r.status() == RequestStatus.OPEN) {
      who = desk(r); // reopened by the club: the desk is to look again
    }
    notifications.notify(
        who,
        "request-status:" + r.id() + ":" + r.events().size(),
        new NotificationService.Message(
            "REQUEST",
            "Anfrage „" + r.subject() + "“: " + r.status().label(Locale.GERMAN),
            "Request \u201c" + r.subject() + "\u201d: " + r.status().label(Locale.ENGLISH),
            (r.status() == RequestStatus.OPEN
                    ? "/app/desk-request.xhtml?id="
                    : "/app/request.xhtml?id=")
                + r.id(),
            null));
  }

  void assigned(DeskRequest r, long personId) {
    notifications.notify(
        Set.of(personId),
        "request-assigned:" + r.id() + ":" + r.events().size(),
        new NotificationService.Message(
            "REQUEST",
            "Ihnen zugewiesen: " + r.subject() + " (" + r.club().name() + ")",
            "Assigned to you: " + r.subject() + " (" + r.club().name() + ")",
            "/app/desk-request.xhtml?id=" + r.id(),
            null));
  }

  private static String last(DeskRequest r) {
    List<DeskMessage> m = r.messages();
    return m.isEmpty() ? null : m.get(m.size() - 1).body();
  }

  /** The club's people who may write requests, without the acting person. */
  private Set<Long> board(DeskRequest r) {
    Set<Long> ids = new HashSet<>(ClubBoards.of(em, List.of(r.clubId())));
    actor.principal().ifPresent(p -> ids.remove(p.personId()));
    return ids;
  }

  /** The assignee, or everybody who has worked in the desk; without the acting person. */
  private Set<Long> desk(DeskRequest r) {
    Set<Long> ids = new HashSet<>();
    if (r.assigneeId() != null) {
      ids.add(r.assigneeId());
    } else {
      ids.addAll(em.createQuery("SELECT s.personId FROM DeskStaff s", Long.class).getResultList());
    }
    actor.principal().ifPresent(p -> ids.remove(p.personId()));
    return ids;
  }
}
