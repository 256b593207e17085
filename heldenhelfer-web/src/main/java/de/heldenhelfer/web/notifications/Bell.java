package de.heldenhelfer.web.notifications;

import de.heldenhelfer.notifications.NotificationService;
import de.heldenhelfer.web.session.UserSession;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The bell in the header: unread notifications of the signed-in person, read once per request. */
@Named
@RequestScoped
public class Bell {
  @Inject NotificationService notifications;
  @Inject UserSession session;

  private Long unread;

  public long getUnread() {
    if (unread == null) {
      unread = session.isSignedIn() ? notifications.unreadCount() : 0L;
    }
    return unread;
  }

  /** "Benachrichtigungen, 3 ungelesen" for screen readers. */
  public String getLabel() {
    long n = getUnread();
    return n == 0
        ? de.heldenhelfer.web.faces.Texts.get("bell.label")
        : de.heldenhelfer.web.faces.Texts.get("bell.unread", n);
  }
}
