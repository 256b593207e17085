package de.heldenhelfer.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Security headers on every response. The script policy with per-request nonces comes from
 * PrimeFaces (primefaces.CSP); this second policy adds what PrimeFaces does not set. Browsers
 * enforce both.
 */
@WebFilter(filterName = "securityHeaders", urlPatterns = "/*")
public class SecurityHeadersFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    res.addHeader(
        "Content-Security-Policy",
        // No default-src here: browsers enforce every CSP header, and a default-src would also
        // block the inline scripts PrimeFaces marks with the nonce of its own script-src header.
        "img-src 'self' data:; style-src 'self' 'unsafe-inline'; font-src 'self' data:;"
            + " connect-src 'self'; media-src 'none'; frame-src 'none'; worker-src 'self';"
            + " object-src 'none'; base-uri 'self'; frame-ancestors 'none'");
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("X-Frame-Options", "DENY");
    res.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    res.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    if (req.isSecure()) {
      res.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }
    chain.doFilter(req, res);
  }
}
