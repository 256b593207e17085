package de.heldenhelfer.web.export;

import de.heldenhelfer.web.pages.GeneratedDocuments;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Downloads a document this session just generated from a template: {@code /app/generated?key=}.
 */
@WebServlet("/app/generated")
public class GeneratedDocumentServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject GeneratedDocuments generated;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String key = req.getParameter("key");
    Optional<GeneratedDocuments.Entry> e = key == null ? Optional.empty() : generated.find(key);
    if (e.isEmpty()) {
      resp.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    GeneratedDocuments.Entry d = e.get();
    resp.setContentType(d.mediaType());
    resp.setHeader("Cache-Control", "private, no-store");
    resp.setHeader("Content-Disposition", ExportServlet.contentDisposition(d.fileName()));
    resp.setHeader("X-Content-Type-Options", "nosniff");
    resp.setContentLength(d.content().length);
    resp.getOutputStream().write(d.content());
  }
}
