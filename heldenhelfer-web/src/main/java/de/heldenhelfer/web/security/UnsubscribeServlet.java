package de.heldenhelfer.web.security;

import de.heldenhelfer.membership.MemberMailService;
import de.heldenhelfer.shared.NotFoundException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The address in a newsletter's {@code List-Unsubscribe} header. A person's click (GET) opens the
 * confirmation page; a mail program's one-click POST (RFC 8058) unsubscribes at once.
 */
@WebServlet("/unsubscribe")
public class UnsubscribeServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject MemberMailService mail;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String token = req.getParameter("token");
    resp.sendRedirect(
        req.getContextPath()
            + "/unsubscribe.xhtml?token="
            + URLEncoder.encode(token == null ? "" : token, StandardCharsets.UTF_8));
  }

  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    resp.setContentType("text/plain;charset=UTF-8");
    try {
      mail.unsubscribe(req.getParameter("token"));
      resp.getWriter().write("Abgemeldet / unsubscribed");
    } catch (NotFoundException e) {
      resp.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
  }
}
