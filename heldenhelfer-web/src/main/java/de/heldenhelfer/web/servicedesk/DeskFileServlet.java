package de.heldenhelfer.web.servicedesk;

import de.heldenhelfer.security.Authorizer;
import de.heldenhelfer.security.Permission;
import de.heldenhelfer.servicedesk.AnnouncementService;
import de.heldenhelfer.servicedesk.RequestService;
import de.heldenhelfer.shared.AccessDeniedException;
import de.heldenhelfer.shared.NotAuthenticatedException;
import de.heldenhelfer.shared.NotFoundException;
import de.heldenhelfer.web.export.ExportServlet;
import de.heldenhelfer.web.faces.ViewIds;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Attachments of requests ({@code /app/request-file?id=…}) and announcements ({@code
 * /app/announcement-file?id=…}). The service desk gets any request attachment; a club only those of
 * its own requests and of announcements addressed to it (the club chosen in the header) –
 * everything else is 404. Always a download with the stored media type and {@code nosniff}.
 */
@WebServlet(
    name = "deskFiles",
    urlPatterns = {"/app/request-file", "/app/announcement-file"})
public class DeskFileServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject RequestService requests;
  @Inject AnnouncementService announcements;
  @Inject Authorizer authorizer;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    RequestService.Download file;
    try {
      long id = ViewIds.parse(req.getParameter("id"));
      if (req.getServletPath().endsWith("announcement-file")) {
        file = announcements.clubAttachment(id);
      } else if (authorizer.can(Permission.SERVICE_DESK)) {
        file = requests.deskAttachment(id);
      } else {
        file = requests.clubAttachment(id);
      }
    } catch (NotAuthenticatedException | AccessDeniedException | NotFoundException e) {
      ExportServlet.sendRefusal(res, e);
      return;
    }
    ExportServlet.attachmentHeaders(res, file.mediaType(), file.fileName());
    res.setContentLengthLong(file.content().length);
    res.getOutputStream().write(file.content());
    res.flushBuffer();
  }
}
