package de.heldenhelfer.web.directory;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;

/** Readable addresses of club pages: /vereine/{slug} shows /verein.xhtml?slug={slug}. */
@WebFilter(urlPatterns = "/vereine/*")
public class ClubUrlFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;
  private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,199}");

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    String path =
        req.getPathInfo() == null
            ? req.getRequestURI().substring(req.getContextPath().length() + "/vereine".length())
            : req.getPathInfo();
    String slug = path.startsWith("/") ? path.substring(1) : path;
    if (!SLUG.matcher(slug).matches()) {
      res.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    req.getRequestDispatcher("/verein.xhtml?slug=" + slug).forward(req, res);
  }
}
