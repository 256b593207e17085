package de.heldenhelfer.web.notifications;

import de.heldenhelfer.notifications.NotificationService;
import de.heldenhelfer.shared.NotFoundException;
import de.heldenhelfer.web.faces.Texts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The page behind "no more e-mail" in a notification mail: one confirming click, no login. */
@Named
@ViewScoped
public class NotificationsOffPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject NotificationService notifications;

  private String token;
  private String done;
  private boolean invalid;

  public void confirm() {
    try {
      done = Texts.get("notificationsOff.done", notifications.turnOffByToken(token));
    } catch (NotFoundException e) {
      invalid = true;
    }
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public String getDone() {
    return done;
  }

  public boolean isInvalid() {
    return invalid;
  }
}
