package de.heldenhelfer.web.session;

import de.heldenhelfer.people.IdentityService;
import de.heldenhelfer.security.Actor;
import de.heldenhelfer.tenancy.TenantContext;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Binds every page request to the signed-in person and the selected club: the one place where the
 * web session becomes the request's {@link Actor} and {@link TenantContext}. On the first request
 * after login it turns the verified OpenID Connect claims into the app's principal. The request
 * scope ends with the request, so nothing leaks into the next one.
 */
@WebFilter(filterName = "requestContext", urlPatterns = "/*")
public class RequestContextFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;

  @Inject UserSession session;
  @Inject Actor actor;
  @Inject TenantContext tenant;
  @Inject IdentityService identities;
  @Inject OpenIdContext openId;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    if (req.getRequestURI().startsWith(req.getContextPath() + "/api/")) {
      chain.doFilter(req, res); // the API authenticates bearer tokens itself
      return;
    }
    if (req.getRequestURI().startsWith(req.getContextPath() + "/calendar/")) {
      chain.doFilter(req, res); // a feed's secret selects its club, never the browser session
      return;
    }
    if (req.getCharacterEncoding() == null) {
      req.setCharacterEncoding("UTF-8"); // before the first parameter is read
    }
    String lang = req.getParameter("lang");
    if ("de".equals(lang) || "en".equals(lang)) {
      session.setLocale(Locale.forLanguageTag(lang));
    } else if (!session.isLocaleChosen()) {
      // Without an Accept-Language header the container reports its own default locale: German.
      Locale preferred = req.getHeader("Accept-Language") == null ? null : req.getLocale();
      session.setLocale(
          preferred != null && "en".equals(preferred.getLanguage())
              ? Locale.ENGLISH
              : Locale.GERMAN);
    }
    if (req.getUserPrincipal() != null) {
      if (!session.isSignedIn()) {
        session.signIn(identities.signIn(identityFromClaims()));
      }
      actor.actAs(session.getPrincipal());
      session.selectedClub().ifPresent(c -> tenant.enter(c.clubId()));
    }
    chain.doFilter(req, res);
  }

  private IdentityService.VerifiedIdentity identityFromClaims() {
    JsonObject claims = openId.getClaimsJson();
    List<String> groups = new ArrayList<>();
    JsonValue g = claims.get("groups");
    if (g instanceof JsonArray array) {
      array.forEach(v -> groups.add(((JsonString) v).getString()));
    } else {
      groups.addAll(openId.getAccessToken().getJwtClaims().getArrayStringClaim("groups"));
    }
    return new IdentityService.VerifiedIdentity(
        openId.getSubject(),
        claims.getString("email", null),
        claims.getBoolean("email_verified", false),
        claims.getString("given_name", null),
        claims.getString("family_name", null),
        groups);
  }
}
