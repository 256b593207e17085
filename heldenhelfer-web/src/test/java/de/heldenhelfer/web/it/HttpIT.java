package de.heldenhelfer.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the deployed application answers on the wire: security headers, the session cookie's
 * attributes, the login redirect for protected pages, the friendly page for an expired view and the
 * 404 page for unknown addresses.
 */
class HttpIT {
  static final String APP = ApiIT.APP;
  static final HttpClient HTTP =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return HTTP.send(
        request.header("Accept-Language", "de-DE").build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void startPageCarriesSecurityHeadersAndAStrictSessionCookie() throws Exception {
    HttpResponse<String> res = send(HttpRequest.newBuilder(URI.create(APP + "/")));
    assertEquals(200, res.statusCode());
    String csp = String.join(" ", res.headers().allValues("Content-Security-Policy"));
    assertTrue(csp.contains("frame-ancestors 'none'"), csp);
    assertTrue(csp.contains("object-src 'none'"), csp);
    assertTrue(csp.contains("script-src 'self' 'nonce-"), "scripts only with nonce: " + csp);
    assertEquals("nosniff", res.headers().firstValue("X-Content-Type-Options").orElse(""));
    assertEquals(
        "strict-origin-when-cross-origin", res.headers().firstValue("Referrer-Policy").orElse(""));
    assertEquals("DENY", res.headers().firstValue("X-Frame-Options").orElse(""));
    List<String> cookies = res.headers().allValues("Set-Cookie");
    String session =
        cookies.stream().filter(c -> c.startsWith("HHSESSION=")).findFirst().orElseThrow();
    assertTrue(session.contains("HttpOnly"), session);
    assertTrue(session.contains("Secure"), session);
    assertTrue(session.toLowerCase().contains("samesite=lax"), session);
    assertTrue(res.body().contains("Willkommen"), "German by Accept-Language");
  }

  @Test
  void withoutAcceptLanguageThePageIsGerman() throws Exception {
    HttpResponse<String> res =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(APP + "/")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertTrue(res.body().contains("lang=\"de\""), "German default");
    HttpResponse<String> en = send(HttpRequest.newBuilder(URI.create(APP + "/?lang=en")));
    assertTrue(en.body().contains("lang=\"en\""), "English when chosen");
  }

  @Test
  void protectedPagesSendAnonymousPeopleToKeycloak() throws Exception {
    HttpResponse<String> res =
        send(HttpRequest.newBuilder(URI.create(APP + "/app/dashboard.xhtml")));
    assertTrue(res.statusCode() == 302 || res.statusCode() == 303, "status " + res.statusCode());
    String location = res.headers().firstValue("Location").orElse("");
    assertTrue(location.startsWith(ApiIT.KC + "/protocol/openid-connect/auth"), location);
  }

  @Test
  void anExpiredViewShowsAFriendlyPage() throws Exception {
    // a postback whose view the server no longer (or never) knew, e.g. after a session timeout
    HttpResponse<String> res =
        send(
            HttpRequest.newBuilder(URI.create(APP + "/index.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "jakarta.faces.ViewState=-4711%3A-815&f=f")));
    assertEquals(302, res.statusCode(), res.body());
    assertTrue(
        res.headers().firstValue("Location").orElse("").endsWith("/expired.xhtml"),
        res.headers().toString());
    HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(APP + "/expired.xhtml")));
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("<h1"), "the expired page is a page of the app");
  }

  @Test
  void unknownAddressesGetTheAppsNotFoundPage() throws Exception {
    HttpResponse<String> res = send(HttpRequest.newBuilder(URI.create(APP + "/gibt-es-nicht")));
    assertEquals(404, res.statusCode());
    assertTrue(res.body().contains("Nicht gefunden"), res.body());
    assertTrue(
        !java.util.regex.Pattern.compile("\\sat [\\w.$]+\\([\\w]+\\.java:\\d+\\)")
            .matcher(res.body())
            .find(),
        "no stack trace");
  }
}
