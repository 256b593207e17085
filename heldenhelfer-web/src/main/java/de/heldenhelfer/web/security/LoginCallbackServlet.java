package de.heldenhelfer.web.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Where Keycloak returns after login; sends the person on to the page they started from ({@link
 * LoginStartServlet}) or to their dashboard.
 */
@WebServlet("/callback")
public class LoginCallbackServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    if (req.getUserPrincipal() == null) {
      resp.sendRedirect(req.getContextPath() + "/");
      return;
    }
    resp.sendRedirect(req.getContextPath() + LoginStartServlet.takeReturnTo(req));
  }
}
