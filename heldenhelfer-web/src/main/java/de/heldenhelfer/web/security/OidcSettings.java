package de.heldenhelfer.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * OpenID Connect settings from MicroProfile Config ({@code hh.oidc.*}, as environment variables
 * {@code HH_OIDC_PROVIDER} …), read by the EL expressions of {@link WebSecurity}.
 */
@ApplicationScoped
@Named("hhOidc")
public class OidcSettings {
  @Inject
  @ConfigProperty(
      name = "hh.oidc.provider",
      defaultValue = "http://localhost:8180/realms/heldenhelfer")
  String provider;

  @Inject
  @ConfigProperty(name = "hh.oidc.client-id", defaultValue = "heldenhelfer-web")
  String clientId;

  @Inject
  @ConfigProperty(name = "hh.oidc.client-secret", defaultValue = "heldenhelfer-dev-secret")
  String clientSecret;

  /** Audience every API bearer token must carry. */
  @Inject
  @ConfigProperty(name = "hh.oidc.api-audience", defaultValue = "heldenhelfer-api")
  String apiAudience;

  public String getProvider() {
    return provider;
  }

  public String getClientId() {
    return clientId;
  }

  public String getClientSecret() {
    return clientSecret;
  }

  public String getApiAudience() {
    return apiAudience;
  }
}
