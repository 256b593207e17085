package de.heldenhelfer.web.api;

import de.heldenhelfer.shared.Messages;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Rate limit and CORS of the API. Calls without a bearer token (the public endpoints) are limited
 * per client address: {@code hh.api.rateLimitPerMinute} (default 3000, i.e. bursts of 3000 and 50 a
 * second sustained); over it the answer is 429 with {@code Retry-After} and problem details.
 * Browsers on other origins may call the API when their origin is listed in {@code
 * hh.api.corsOrigins} (comma-separated; default {@code *}, the API uses bearer tokens, never
 * cookies). Both settings are read on each request, so they can be changed at run time.
 */
@Provider
@Priority(Priorities.AUTHENTICATION - 100)
public class PublicApiLimits implements ContainerRequestFilter, ContainerResponseFilter {
  private static final RateLimiter LIMITER = new RateLimiter();

  @Inject Problems problems;
  @Context HttpServletRequest servletRequest;

  @Override
  public void filter(ContainerRequestContext request) {
    if (request.getHeaderString(HttpHeaders.AUTHORIZATION) != null
        || "OPTIONS".equals(request.getMethod())) {
      return;
    }
    int perMinute = number(setting("hh.api.rateLimitPerMinute", "HH_API_RATE_LIMIT", "3000"));
    long wait =
        LIMITER.take(servletRequest.getRemoteAddr(), Math.max(1, perMinute), System.nanoTime());
    if (wait > 0) {
      Locale locale = Problems.locale(request.getAcceptableLanguages());
      request.abortWith(
          Response.fromResponse(
                  problems.of(
                      429,
                      Messages.get(locale, "api.rateLimited.title"),
                      Messages.get(locale, "api.rateLimited", wait),
                      null,
                      request.getUriInfo().getPath()))
              .header("Retry-After", String.valueOf(wait))
              .build());
    }
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    String origin = request.getHeaderString("Origin");
    if (origin == null) {
      return;
    }
    List<String> allowed =
        Arrays.stream(setting("hh.api.corsOrigins", "HH_API_CORS_ORIGINS", "*").split(","))
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .toList();
    if (!allowed.contains("*") && !allowed.contains(origin)) {
      return;
    }
    var headers = response.getHeaders();
    headers.putSingle("Access-Control-Allow-Origin", allowed.contains("*") ? "*" : origin);
    headers.putSingle("Vary", "Origin");
    headers.putSingle("Access-Control-Allow-Methods", "GET, POST, PUT, DELETE, OPTIONS");
    headers.putSingle(
        "Access-Control-Allow-Headers",
        "Authorization, Content-Type, Accept-Language, If-None-Match");
    headers.putSingle("Access-Control-Expose-Headers", "ETag, Retry-After, Location");
    headers.putSingle("Access-Control-Max-Age", "3600");
  }

  /** A system property (read live), else the environment, else the default. */
  private static String setting(String property, String environment, String fallback) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      value = System.getenv(environment);
    }
    return value == null || value.isBlank() ? fallback : value.strip();
  }

  private static int number(String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      return 3000;
    }
  }
}
