package de.heldenhelfer.web.api;

import de.heldenhelfer.shared.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;

/** Error responses as RFC 9457 problem details, in German or English (Accept-Language). */
@ApplicationScoped
public class Problems {
  public static final String MEDIA_TYPE = "application/problem+json";

  public Response of(int status, String title, String detail, String field, String instance) {
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("type", "about:blank")
            .add("title", title)
            .add("status", status)
            .add("detail", detail);
    if (instance != null) {
      body.add("instance", instance);
    }
    if (field != null) {
      body.add(
          "errors",
          Json.createArrayBuilder()
              .add(Json.createObjectBuilder().add("field", field).add("detail", detail)));
    }
    return Response.status(status).type(MEDIA_TYPE).entity(body.build().toString()).build();
  }

  public Response unauthorized(ContainerRequestContext request) {
    Locale locale = locale(request.getAcceptableLanguages());
    return Response.fromResponse(
            of(
                401,
                Messages.get(locale, "error.notAuthenticated"),
                Messages.get(locale, "error.notAuthenticated"),
                null,
                request.getUriInfo().getPath()))
        .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"heldenhelfer\"")
        .build();
  }

  /** 403: the token is valid but its Keycloak client is not authorised for any club. */
  public Response clientNotAuthorised(ContainerRequestContext request) {
    Locale locale = locale(request.getAcceptableLanguages());
    return of(
        403,
        Messages.get(locale, "error.accessDenied"),
        Messages.get(locale, "api.client.notAuthorised"),
        null,
        request.getUriInfo().getPath());
  }

  static Locale locale(List<Locale> acceptable) {
    for (Locale l : acceptable) {
      if ("en".equals(l.getLanguage())) {
        return Locale.ENGLISH;
      }
      if ("de".equals(l.getLanguage())) {
        return Locale.GERMAN;
      }
    }
    return Locale.GERMAN;
  }
}
