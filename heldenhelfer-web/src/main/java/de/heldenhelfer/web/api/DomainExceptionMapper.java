package de.heldenhelfer.web.api;

import de.heldenhelfer.shared.AccessDeniedException;
import de.heldenhelfer.shared.ConcurrentChangeException;
import de.heldenhelfer.shared.DomainException;
import de.heldenhelfer.shared.NotAuthenticatedException;
import de.heldenhelfer.shared.NotFoundException;
import de.heldenhelfer.shared.RuleViolationException;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/** Expected failures of the domain as problem details with the right status. */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {
  @Inject Problems problems;
  @Context HttpHeaders headers;
  @Context UriInfo uri;

  @Override
  public Response toResponse(DomainException e) {
    Locale locale = Problems.locale(headers.getAcceptableLanguages());
    int status;
    String field = null;
    if (e instanceof NotFoundException) {
      status = 404;
    } else if (e instanceof AccessDeniedException) {
      status = 403;
    } else if (e instanceof NotAuthenticatedException) {
      status = 401;
    } else if (e instanceof ConcurrentChangeException) {
      status = 409;
    } else if (e instanceof RuleViolationException rule) {
      status = 422;
      field = rule.field();
    } else {
      status = 400;
    }
    String text = e.localizedMessage(locale);
    return problems.of(status, text, text, field, uri.getPath());
  }
}
