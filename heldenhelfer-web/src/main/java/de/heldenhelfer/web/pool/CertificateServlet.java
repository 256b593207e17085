package de.heldenhelfer.web.pool;

import de.heldenhelfer.pool.EngagementService;
import de.heldenhelfer.reports.EngagementCertificate;
import de.heldenhelfer.shared.DomainException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * The signed-in volunteer's certificate (Ehrenamtsnachweis) as PDF for a period: {@code
 * /app/certificate?from=2026-01-01&to=2026-12-31}. Only the own record; the sign-in filter guards
 * {@code /app/*}.
 */
@WebServlet("/app/certificate")
public class CertificateServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject EngagementService engagement;
  @Inject de.heldenhelfer.web.session.UserSession session;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    Locale locale = session.getLocale();
    LocalDate from;
    LocalDate to;
    try {
      from = parse(req.getParameter("from"));
      to = parse(req.getParameter("to"));
    } catch (DateTimeParseException e) {
      resp.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    EngagementService.Record r;
    try {
      r = engagement.record(from, to, locale);
    } catch (DomainException e) {
      resp.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    List<EngagementCertificate.Line> lines =
        r.lines().stream()
            .map(
                l ->
                    new EngagementCertificate.Line(
                        l.date(),
                        l.club(),
                        l.activity(),
                        l.hours(),
                        l.confirmedBy(),
                        l.confirmedOn()))
            .toList();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    EngagementCertificate.write(
        out,
        r.volunteer(),
        r.from(),
        r.to(),
        lines,
        r.ehrenamtskarte().criteria(),
        LocalDate.now(de.heldenhelfer.membership.MemberService.ZONE),
        locale);
    resp.setContentType("application/pdf");
    resp.setHeader("Cache-Control", "private, no-store");
    resp.setHeader(
        "Content-Disposition",
        "attachment; filename=\"ehrenamtsnachweis-" + r.from() + "-" + r.to() + ".pdf\"");
    resp.setContentLength(out.size());
    out.writeTo(resp.getOutputStream());
  }

  private static LocalDate parse(String s) {
    return s == null || s.isBlank() ? null : LocalDate.parse(s);
  }
}
