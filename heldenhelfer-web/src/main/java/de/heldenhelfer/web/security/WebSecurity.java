package de.heldenhelfer.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;

/**
 * Login through Keycloak with Jakarta Security's OpenID Connect mechanism. Keycloak's realm roles
 * arrive in the {@code groups} claim. After the code exchange the mechanism lands on {@code
 * /callback}, which {@link LoginCallbackServlet} forwards to the dashboard (redirecting to the
 * original resource fails in Payara 6, see ADR 0004).
 */
@OpenIdAuthenticationMechanismDefinition(
    providerURI = "${hhOidc.provider}",
    clientId = "${hhOidc.clientId}",
    clientSecret = "${hhOidc.clientSecret}",
    redirectURI = "${baseURL}/callback",
    redirectToOriginalResource = false,
    scope = {"openid", "email", "profile"},
    claimsDefinition = @ClaimsDefinition(callerGroupsClaim = "groups"),
    extraParameters = {"ui_locales=de en"})
@DeclareRoles({"agency", "servicedesk", "planner", "operator"})
@ApplicationScoped
public class WebSecurity {}
