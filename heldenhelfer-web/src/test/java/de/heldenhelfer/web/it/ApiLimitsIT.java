package de.heldenhelfer.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The API's rate limit and CORS, inside the server: the limit is lowered at run time
 * (hh.api.rateLimitPerMinute, a system property read on each request), public calls beyond it get
 * 429 with Retry-After and German problem details, calls with a token are not limited; browsers of
 * other origins get the CORS headers.
 */
@ExtendWith(ArquillianExtension.class)
class ApiLimitsIT extends InContainerTest {
  private static final String APP = "http://localhost:28080";
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Deployment
  static WebArchive deployment() {
    return Deployments.application("hh-api-limits-it", ApiLimitsIT.class);
  }

  @Test
  void publicCallsBeyondTheLimitGet429AndOtherOriginsGetCors() throws Exception {
    HttpResponse<String> cors =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(APP + "/api/v1/municipalities"))
                .header("Origin", "https://wueapp.example")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, cors.statusCode());
    assertEquals("*", cors.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
    HttpResponse<String> preflight =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(APP + "/api/v1/clubs"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://wueapp.example")
                .header("Access-Control-Request-Method", "GET")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertTrue(preflight.statusCode() < 300, "preflight " + preflight.statusCode());
    assertTrue(
        preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("GET"));

    System.setProperty("hh.api.rateLimitPerMinute", "20");
    try {
      int ok = 0;
      HttpResponse<String> limited = null;
      for (int i = 0; i < 40 && limited == null; i++) {
        HttpResponse<String> r =
            HTTP.send(
                HttpRequest.newBuilder(URI.create(APP + "/api/v1/sports")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 429) {
          limited = r;
        } else {
          ok++;
        }
      }
      assertTrue(limited != null, "limited after " + ok + " calls");
      assertTrue(ok <= 20, ok + " calls passed");
      assertTrue(limited.headers().firstValue("Retry-After").isPresent());
      assertTrue(limited.body().contains("Zu viele Anfragen"), limited.body());
      assertEquals(
          "application/problem+json", limited.headers().firstValue("Content-Type").orElse(""));
    } finally {
      System.clearProperty("hh.api.rateLimitPerMinute");
    }
    // with the default again the bucket refills (50 a second)
    Thread.sleep(1500);
    assertEquals(
        200,
        HTTP.send(
                HttpRequest.newBuilder(URI.create(APP + "/api/v1/sports")).build(),
                HttpResponse.BodyHandlers.ofString())
            .statusCode());
  }
}
