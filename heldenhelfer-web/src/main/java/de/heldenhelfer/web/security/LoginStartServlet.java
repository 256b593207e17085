package de.heldenhelfer.web.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * "Sign in and come back here": {@code /login?return=/app/need.xhtml?id=5} remembers the page in
 * the session and opens it, which starts the login when needed; after the login {@link
 * LoginCallbackServlet} returns to that page instead of the dashboard. Only pages of this
 * application under /app/ are accepted (no open redirect).
 */
@WebServlet("/login")
public class LoginStartServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  /** The session attribute holding the page to return to. */
  static final String RETURN_TO = "hh.returnTo";

  private static final Pattern LOCAL_PAGE =
      Pattern.compile("/app/[A-Za-z0-9_-]+\\.xhtml(\\?[A-Za-z0-9_=&.-]{0,200})?");

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String target = req.getParameter("return");
    if (target == null || !LOCAL_PAGE.matcher(target).matches()) {
      target = "/app/dashboard.xhtml";
    }
    req.getSession(true).setAttribute(RETURN_TO, target);
    resp.sendRedirect(req.getContextPath() + target);
  }

  /** The remembered page (removed), or the dashboard. */
  static String takeReturnTo(HttpServletRequest req) {
    var session = req.getSession(false);
    Object target = session == null ? null : session.getAttribute(RETURN_TO);
    if (session != null) {
      session.removeAttribute(RETURN_TO);
    }
    return target instanceof String s && LOCAL_PAGE.matcher(s).matches()
        ? s
        : "/app/dashboard.xhtml";
  }
}
