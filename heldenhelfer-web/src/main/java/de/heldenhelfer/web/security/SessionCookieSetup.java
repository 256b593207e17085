package de.heldenhelfer.web.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.SessionTrackingMode;
import jakarta.servlet.annotation.WebListener;
import java.util.EnumSet;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Session cookie: HttpOnly, SameSite=Lax (Strict would drop the cookie on the redirect back from
 * Keycloak and break login), Secure unless {@code hh.cookies.secure=false}. Browsers treat
 * http://localhost as secure, so the default also works for the local demo.
 */
@WebListener
public class SessionCookieSetup implements ServletContextListener {
  @Override
  public void contextInitialized(ServletContextEvent event) {
    boolean secure =
        ConfigProvider.getConfig()
            .getOptionalValue("hh.cookies.secure", Boolean.class)
            .orElse(Boolean.TRUE);
    SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
    cookie.setName("HHSESSION");
    cookie.setHttpOnly(true);
    cookie.setSecure(secure);
    cookie.setAttribute("SameSite", "Lax");
    event.getServletContext().setSessionTrackingModes(EnumSet.of(SessionTrackingMode.COOKIE));
  }
}
