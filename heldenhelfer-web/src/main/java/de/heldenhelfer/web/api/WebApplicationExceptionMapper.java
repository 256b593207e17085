package de.heldenhelfer.web.api;

import de.heldenhelfer.shared.Messages;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Unknown paths, wrong methods and unexpected failures as problem details, never a trace. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<Exception> {
  private static final Logger LOG = Logger.getLogger(WebApplicationExceptionMapper.class.getName());

  @Inject Problems problems;
  @Context HttpHeaders headers;
  @Context UriInfo uri;

  @Override
  public Response toResponse(Exception e) {
    Locale locale = Problems.locale(headers.getAcceptableLanguages());
    if (e instanceof WebApplicationException wae) {
      int status = wae.getResponse().getStatus();
      String key = status == 404 ? "error.notFound" : status == 403 ? "error.accessDenied" : null;
      String text =
          key != null
              ? Messages.get(locale, key)
              : wae.getResponse().getStatusInfo().getReasonPhrase();
      return problems.of(status, text, text, null, uri.getPath());
    }
    LOG.log(Level.SEVERE, "Unexpected API failure", e);
    String text = Messages.get(locale, "error.unexpected");
    return problems.of(500, text, text, null, uri.getPath());
  }
}
