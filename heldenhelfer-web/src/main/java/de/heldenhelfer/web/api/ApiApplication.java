package de.heldenhelfer.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;

/**
 * The REST API, version 1. Public endpoints need no token; the rest take Keycloak bearer tokens.
 */
@ApplicationPath("/api/v1")
public class ApiApplication extends Application {
  /**
   * Jakarta REST 3.1 multipart ({@code EntityPart}, used by the member import) needs Jersey's
   * multipart feature, which Payara ships but does not enable; named here as configuration, so the
   * code stays free of Jersey types. WADL is switched off (its generator logs errors for record
   * types on every OPTIONS request; CORS preflights still get their answer).
   */
  @Override
  public Map<String, Object> getProperties() {
    return Map.of(
        "jersey.config.server.provider.classnames",
        "org.glassfish.jersey.media.multipart.MultiPartFeature",
        // the API is described by openapi.yaml; Jersey's WADL (answer to OPTIONS) is not needed
        "jersey.config.server.wadl.disableWadl",
        true);
  }
}
