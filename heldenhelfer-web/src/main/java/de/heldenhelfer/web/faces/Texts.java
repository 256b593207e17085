package de.heldenhelfer.web.faces;

import de.heldenhelfer.shared.DomainException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Page texts from the {@code t} bundle and messages for the current view. */
public final class Texts {
  private Texts() {}

  public static String get(String key, Object... args) {
    FacesContext fc = FacesContext.getCurrentInstance();
    Locale locale = fc.getViewRoot() == null ? Locale.GERMAN : fc.getViewRoot().getLocale();
    String pattern = ResourceBundle.getBundle("de.heldenhelfer.web.texts", locale).getString(key);
    return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
  }

  public static void info(String key, Object... args) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, get(key, args), null));
  }

  /** Shows a refused change as a message on the page; the input stays where it was. */
  public static void error(DomainException e) {
    FacesContext fc = FacesContext.getCurrentInstance();
    fc.addMessage(
        null,
        new FacesMessage(
            FacesMessage.SEVERITY_ERROR, e.localizedMessage(fc.getViewRoot().getLocale()), null));
    fc.validationFailed();
  }

  /** Shows a page text as an error message (a refusal the page itself detects). */
  public static void errorText(String text) {
    FacesContext fc = FacesContext.getCurrentInstance();
    fc.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    fc.validationFailed();
  }
}
