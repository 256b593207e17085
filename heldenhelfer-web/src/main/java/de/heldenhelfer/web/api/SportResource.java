package de.heldenhelfer.web.api;

import de.heldenhelfer.club.ReferenceData;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;

/** Public: the sports (BLSV numbers) with German or English names (Accept-Language). */
@Path("sports")
@RequestScoped
public class SportResource {
  @Inject ReferenceData reference;
  @jakarta.ws.rs.core.Context HttpHeaders headers;

  /** A sport. */
  public record SportDto(int code, String name) {}

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public List<SportDto> sports() {
    Locale locale = Problems.locale(headers.getAcceptableLanguages());
    return reference.sports().stream().map(s -> new SportDto(s.code(), s.name(locale))).toList();
  }
}
