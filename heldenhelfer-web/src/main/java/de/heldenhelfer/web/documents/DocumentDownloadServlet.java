package de.heldenhelfer.web.documents;

import de.heldenhelfer.documents.DocumentService;
import de.heldenhelfer.shared.AccessDeniedException;
import de.heldenhelfer.shared.NotAuthenticatedException;
import de.heldenhelfer.shared.NotFoundException;
import de.heldenhelfer.web.export.ExportServlet;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Downloads of archived documents: {@code /app/document-file?id=…&v=…} ({@code v} optional: the
 * current version). Under {@code /app/}, so only a signed-in session reaches it; the club is the
 * one chosen in the header, never a parameter. The service decides: no {@code DOCUMENT_READ} → 403,
 * another club's or a guessed id → 404. Always an attachment with the stored media type and {@code
 * nosniff}, so a browser never renders an upload inline.
 */
@WebServlet(name = "documentFiles", urlPatterns = "/app/document-file")
public class DocumentDownloadServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(DocumentDownloadServlet.class.getName());

  @Inject DocumentService documents;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    DocumentService.Download download;
    try {
      download =
          documents.download(
              number(req.getParameter("id")), (int) number(req.getParameter("v"), 0));
    } catch (NotAuthenticatedException | AccessDeniedException | NotFoundException e) {
      ExportServlet.sendRefusal(res, e);
      return;
    }
    send(download, res);
  }

  /** Writes a stored file as an attachment; shared with the REST resource. */
  public static void send(DocumentService.Download download, HttpServletResponse res)
      throws IOException {
    ExportServlet.attachmentHeaders(res, download.mediaType(), download.fileName());
    res.setContentLengthLong(download.content().length);
    try {
      res.getOutputStream().write(download.content());
      res.flushBuffer();
    } catch (IOException e) {
      LOG.log(Level.FINE, "document download aborted", e);
    }
  }

  private static long number(String s) {
    try {
      return Long.parseLong(s == null ? "" : s.strip());
    } catch (NumberFormatException e) {
      throw new NotFoundException();
    }
  }

  private static long number(String s, long fallback) {
    return s == null || s.isBlank() ? fallback : number(s);
  }
}
