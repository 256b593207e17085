package de.heldenhelfer.web.calendar;

import de.heldenhelfer.directory.ClubEventFeed;
import de.heldenhelfer.paperwork.CalendarService;
import de.heldenhelfer.pool.PoolCalendarService;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A calendar feed under a secret address: {@code /calendar/<secret>.ics} – a board member's tasks,
 * a volunteer's shifts or a club's public events. Calendar apps fetch it without a session, so the
 * secret in the path is the only credential; an unknown or revoked secret answers 404 like any
 * other unknown address, and responses are never cached by intermediaries.
 */
@WebServlet("/calendar/*")
public class CalendarServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject CalendarService calendars;
  @Inject PoolCalendarService shifts;
  @Inject ClubEventFeed clubEvents;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String path = req.getPathInfo();
    String token =
        path == null || !path.endsWith(".ics") ? null : path.substring(1, path.length() - 4);
    Optional<String> feed = calendars.feed(token);
    if (feed.isEmpty()) {
      feed = shifts.feed(token);
    }
    if (feed.isEmpty()) {
      feed = clubEvents.feed(token);
    }
    if (feed.isEmpty()) {
      resp.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    resp.setContentType("text/calendar;charset=UTF-8");
    resp.setHeader("Cache-Control", "private, no-store");
    resp.setHeader("Content-Disposition", "inline; filename=\"heldenhelfer.ics\"");
    byte[] body = feed.get().getBytes(StandardCharsets.UTF_8);
    resp.setContentLength(body.length);
    resp.getOutputStream().write(body);
  }
}
