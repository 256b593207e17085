package de.heldenhelfer.web.pages;

import de.heldenhelfer.membership.MemberMailService;
import de.heldenhelfer.shared.NotFoundException;
import de.heldenhelfer.web.faces.Texts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The page behind a newsletter's unsubscribe link: one confirming click, no login. */
@Named
@ViewScoped
public class UnsubscribePage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject MemberMailService mail;

  private String token;
  private String done;
  private boolean invalid;

  public void confirm() {
    try {
      done = Texts.get("unsubscribe.done", mail.unsubscribe(token));
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
