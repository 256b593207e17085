package de.heldenhelfer.web.api;

import de.heldenhelfer.club.ReferenceData;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Public: the municipalities of the region with their AGS codes. */
@Path("municipalities")
@RequestScoped
public class MunicipalityResource {
  @Inject ReferenceData referenceData;

  /** A municipality. */
  public record MunicipalityDto(String ags, String name, String kind, int population) {}

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public List<MunicipalityDto> list() {
    return referenceData.municipalities().stream()
        .map(m -> new MunicipalityDto(m.ags(), m.name(), m.kind(), m.population()))
        .toList();
  }
}
