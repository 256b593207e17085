package de.heldenhelfer.web.faces;

import de.heldenhelfer.shared.AccessDeniedException;
import de.heldenhelfer.shared.DomainException;
import de.heldenhelfer.shared.NotAuthenticatedException;
import de.heldenhelfer.shared.NotFoundException;
import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.util.Iterator;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns exceptions into what a person should see: a rule violation or concurrent change becomes a
 * message on the same page (the input stays), an unknown or foreign id the 404 page, a missing
 * permission the 403 page, an expired view a friendly page, anything else the 500 page — for plain
 * and Ajax requests alike. Never a stack trace.
 */
public class FriendlyExceptionHandler extends ExceptionHandlerWrapper {
  private static final Logger LOG = Logger.getLogger(FriendlyExceptionHandler.class.getName());

  public FriendlyExceptionHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    FacesContext fc = FacesContext.getCurrentInstance();
    Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
    while (events.hasNext()) {
      Throwable t = events.next().getContext().getException();
      events.remove();
      if (fc.getResponseComplete()) {
        continue;
      }
      handle(fc, t);
    }
    super.handle();
  }

  private void handle(FacesContext fc, Throwable t) {
    Throwable root = unwrap(t);
    try {
      if (root instanceof ViewExpiredException) {
        ExternalContext ec = fc.getExternalContext();
        ec.redirect(ec.getRequestContextPath() + "/expired.xhtml");
        fc.responseComplete();
      } else if (root instanceof NotFoundException) {
        show(fc, "/error/404.xhtml", 404);
      } else if (root instanceof AccessDeniedException) {
        show(fc, "/error/403.xhtml", 403);
      } else if (root instanceof NotAuthenticatedException) {
        show(fc, "/error/403.xhtml", 401);
      } else if (root instanceof DomainException domain && fc.isPostback()) {
        fc.addMessage(
            null,
            new FacesMessage(
                FacesMessage.SEVERITY_ERROR,
                domain.localizedMessage(fc.getViewRoot().getLocale()),
                null));
        fc.validationFailed();
        fc.renderResponse();
      } else {
        LOG.log(Level.SEVERE, "Unexpected failure", t);
        show(fc, "/error/500.xhtml", 500);
      }
    } catch (IOException e) {
      LOG.log(Level.SEVERE, "Could not show error page", e);
    }
  }

  private static void show(FacesContext fc, String page, int status) throws IOException {
    ExternalContext ec = fc.getExternalContext();
    if (fc.getPartialViewContext().isAjaxRequest()) {
      ec.redirect(ec.getRequestContextPath() + page + "?status=" + status);
    } else {
      ec.responseReset();
      ec.responseSendError(status, null);
    }
    fc.responseComplete();
  }

  private static Throwable unwrap(Throwable t) {
    Throwable current = t;
    while (current != null) {
      if (current instanceof DomainException || current instanceof ViewExpiredException) {
        return current;
      }
      if (current.getCause() == null || current.getCause() == current) {
        break;
      }
      current = current.getCause();
    }
    return t instanceof FacesException && t.getCause() != null ? t.getCause() : t;
  }
}
