package de.heldenhelfer.web.security;

import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Ends both sessions: the application's and Keycloak's (RP-initiated logout with the ID token as
 * hint), then returns to the start page. Only POST, so that a link on another site cannot log
 * people out.
 */
@WebServlet("/logout")
public class LogoutServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject OidcSettings settings;
  @Inject OpenIdContext openIdContext;

  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse resp)
      throws IOException, ServletException {
    String idToken = null;
    if (req.getUserPrincipal() != null) {
      try {
        idToken = openIdContext.getIdentityToken().getToken();
      } catch (RuntimeException e) {
        idToken = null;
      }
    }
    // Invalidating the session drops the OpenID context and the container's authentication;
    // HttpServletRequest.logout() would let the OIDC mechanism commit a login redirect instead.
    HttpSession session = req.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    String back = baseUrl(req) + "/";
    StringBuilder url =
        new StringBuilder(settings.getProvider())
            .append("/protocol/openid-connect/logout?client_id=")
            .append(enc(settings.getClientId()))
            .append("&post_logout_redirect_uri=")
            .append(enc(back));
    if (idToken != null) {
      url.append("&id_token_hint=").append(enc(idToken));
    }
    resp.sendRedirect(url.toString());
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    resp.sendRedirect(req.getContextPath() + "/");
  }

  private static String baseUrl(HttpServletRequest req) {
    String ctx = req.getContextPath();
    String url = req.getRequestURL().toString();
    return url.substring(0, url.indexOf(req.getRequestURI())) + ctx;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
