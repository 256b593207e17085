package de.heldenhelfer.web.notifications;

import de.heldenhelfer.notifications.Notification;
import de.heldenhelfer.notifications.NotificationMode;
import de.heldenhelfer.notifications.NotificationService;
import de.heldenhelfer.web.faces.Texts;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/** The person's notifications (the bell's page) and how they want to hear of them by e-mail. */
@Named
@ViewScoped
public class NotificationsPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject NotificationService notifications;

  private NotificationMode mode;
  private transient List<Notification> rows;

  /** Marks a notification read and opens what it is about. */
  public void open(long id, String link) throws IOException {
    notifications.markRead(id);
    ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
    String target = link == null || !link.startsWith("/app/") ? "/app/notifications.xhtml" : link;
    ext.redirect(ext.getRequestContextPath() + target);
  }

  public void markAllRead() {
    int n = notifications.markAllRead();
    Texts.info("notifications.allRead", n);
    rows = null;
  }

  public void saveMode() {
    notifications.setMode(mode);
    Texts.info(
        "notifications.modeSaved",
        mode.label(FacesContext.getCurrentInstance().getViewRoot().getLocale()));
  }

  public List<Notification> getRows() {
    if (rows == null) {
      rows = notifications.latest();
    }
    return rows;
  }

  public NotificationMode[] getModes() {
    return NotificationMode.values();
  }

  public NotificationMode getMode() {
    if (mode == null) {
      mode = notifications.mode();
    }
    return mode;
  }

  public void setMode(NotificationMode mode) {
    this.mode = mode;
  }
}
