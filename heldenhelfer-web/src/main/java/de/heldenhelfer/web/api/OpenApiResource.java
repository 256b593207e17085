package de.heldenhelfer.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Public: the OpenAPI description of this API ({@code /api/v1/openapi.yaml}), a static file kept
 * next to the resources it describes.
 */
@Path("openapi.yaml")
@RequestScoped
public class OpenApiResource {
  static final String FILE = "/de/heldenhelfer/web/api/openapi.yaml";

  @GET
  @Produces("application/yaml")
  public byte[] description() {
    try (InputStream in = OpenApiResource.class.getResourceAsStream(FILE)) {
      if (in == null) {
        throw new NotFoundException();
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
