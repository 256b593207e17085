package de.heldenhelfer.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The REST API of the deployed EAR with real Keycloak tokens: public endpoints, the caller's own
 * profile, and the club boundary (club A's board never reads club B's members, by path or by id).
 */
class ApiIT {
  static final String APP =
      System.getenv().getOrDefault("HH_TEST_APP_URL", "http://localhost:28080");
  static final String KC =
      System.getenv()
          .getOrDefault("HH_OIDC_PROVIDER", "http://localhost:28180/realms/heldenhelfer");
  static final HttpClient HTTP = HttpClient.newHttpClient();

  static String boardA;
  static String boardB;
  static long clubA;
  static long clubB;

  static String token(String user) throws Exception {
    String form =
        "grant_type=password&client_id=heldenhelfer-cli&username="
            + URLEncoder.encode(user, StandardCharsets.UTF_8)
            + "&password=heldenhelfer";
    HttpResponse<String> res =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(KC + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, res.statusCode(), res.body());
    return json(res.body()).asJsonObject().getString("access_token");
  }

  static HttpResponse<String> get(String path, String token) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(APP + "/api/v1/" + path)).header("Accept-Language", "de");
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  static JsonStructure json(String s) {
    return Json.createReader(new StringReader(s)).read();
  }

  @BeforeAll
  static void tokens() throws Exception {
    boardA = token("vorstand-sport");
    boardB = token("vorstand-test");
    clubA = firstClub(boardA);
    clubB = firstClub(boardB);
  }

  static long firstClub(String token) throws Exception {
    HttpResponse<String> me = get("me", token);
    assertEquals(200, me.statusCode(), me.body());
    return json(me.body())
        .asJsonObject()
        .getJsonArray("clubs")
        .getJsonObject(0)
        .getJsonNumber("clubId")
        .longValue();
  }

  @Test
  void municipalitiesArePublic() throws Exception {
    HttpResponse<String> res = get("municipalities", null);
    assertEquals(200, res.statusCode());
    assertEquals(53, json(res.body()).asJsonArray().size());
    assertTrue(res.body().contains("\"Würzburg\""), "umlauts intact");
  }

  @Test
  void boardReadsOwnMembersButGets404ForAnotherClub() throws Exception {
    HttpResponse<String> own = get("clubs/" + clubA + "/members?limit=5", boardA);
    assertEquals(200, own.statusCode(), own.body());
    JsonObject page = json(own.body()).asJsonObject();
    assertTrue(page.getJsonNumber("total").longValue() > 0, "club A sees its members");

    HttpResponse<String> foreignClub = get("clubs/" + clubB + "/members", boardA);
    assertEquals(404, foreignClub.statusCode());
    assertTrue(
        foreignClub
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/problem+json"));
    assertTrue(foreignClub.body().contains("gibt es nicht"), foreignClub.body());

    long memberOfB =
        json(get("clubs/" + clubB + "/members?limit=1", boardB).body())
            .asJsonObject()
            .getJsonArray("items")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    assertEquals(200, get("clubs/" + clubB + "/members/" + memberOfB, boardB).statusCode());
    assertEquals(
        404,
        get("clubs/" + clubA + "/members/" + memberOfB, boardA).statusCode(),
        "guessed id of club B");
  }

  @Test
  void missingOrForgedTokensAreRefused() throws Exception {
    assertEquals(401, get("me", null).statusCode());
    String[] parts = boardA.split("\\.");
    String forged = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
    assertEquals(401, get("me", forged).statusCode());
    assertEquals(401, get("clubs/" + clubA + "/members", "not-a-token").statusCode());
  }

  @Test
  void plannerSeesNoMembers() throws Exception {
    String planner = token("planung");
    HttpResponse<String> me = get("me", planner);
    assertTrue(me.body().contains("planner"), me.body());
    assertEquals(404, get("clubs/" + clubA + "/members", planner).statusCode());
  }
}
