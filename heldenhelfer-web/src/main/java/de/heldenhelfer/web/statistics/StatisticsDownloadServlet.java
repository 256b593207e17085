package de.heldenhelfer.web.statistics;

import de.heldenhelfer.shared.AccessDeniedException;
import de.heldenhelfer.shared.NotAuthenticatedException;
import de.heldenhelfer.shared.NotFoundException;
import de.heldenhelfer.statistics.ClubCensus;
import de.heldenhelfer.statistics.PlannerReports;
import de.heldenhelfer.statistics.PlannerView;
import de.heldenhelfer.web.export.ExportServlet;
import de.heldenhelfer.web.session.UserSession;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Downloads of statistics: {@code /app/statistics/export} (planners' figures, logged by the
 * service) and {@code /app/statistics/census} (the club's own Bestandserhebung, for the club chosen
 * in the header). The services decide who may: 401 without sign-in, 403 without permission, 404 for
 * what does not exist, 400 for a malformed request.
 */
@WebServlet(name = "statisticsDownloads", urlPatterns = "/app/statistics/*")
public class StatisticsDownloadServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject PlannerReports reports;
  @Inject ClubCensus census;
  @Inject UserSession session;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    Locale locale = session.getLocale() == null ? Locale.GERMAN : session.getLocale();
    PlannerReports.Export export;
    try {
      PlannerReports.Format format =
          PlannerReports.Format.valueOf(
              String.valueOf(req.getParameter("format")).toUpperCase(Locale.ROOT));
      String path = String.valueOf(req.getPathInfo());
      if (path.equals("/export")) {
        String year = req.getParameter("year");
        PlannerView view =
            new PlannerView(
                PlannerView.Kind.valueOf(String.valueOf(req.getParameter("view"))),
                date(req.getParameter("stichtag")),
                year == null || year.isBlank() ? null : Integer.valueOf(year.strip()),
                req.getParameter("ags"));
        export = reports.export(view, format, locale);
      } else if (path.equals("/census")) {
        LocalDate day = date(req.getParameter("stichtag"));
        if (day == null) {
          throw new IllegalArgumentException("stichtag");
        }
        export = census.export(day, format, req.getParameter("table"), locale);
      } else {
        throw new NotFoundException();
      }
    } catch (NotAuthenticatedException | AccessDeniedException | NotFoundException e) {
      ExportServlet.sendRefusal(res, e);
      return;
    } catch (IllegalArgumentException | DateTimeParseException e) {
      res.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    ExportServlet.attachmentHeaders(res, export.contentType(), export.fileName());
    res.setContentLength(export.body().length);
    res.getOutputStream().write(export.body());
  }

  private static LocalDate date(String s) {
    return s == null || s.isBlank() ? null : LocalDate.parse(s.strip());
  }
}
