package de.heldenhelfer.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import org.junit.jupiter.api.Test;

/**
 * The caller's shifts over the API with real Keycloak tokens: a volunteer signs up for a public
 * shift (201 with its address), sees it in the list and cancels it (204); without a token 401, a
 * missing shift id is a 422 naming the field, another person's sign-up is 404.
 */
class MyShiftsApiIT {
  @Test
  void aVolunteerSignsUpAndCancelsThroughTheApi() throws Exception {
    String title = DirectoryBrowserIT.publicNeedInWuerzburg();
    long shift;
    try (Connection db = BrowserIT.testDatabase();
        var st =
            db.prepareStatement(
                "UPDATE shift s JOIN need n ON n.id = s.need_id SET s.start_time = '05:30',"
                    + " s.end_time = '06:00', s.day = CURRENT_DATE + INTERVAL 11 DAY"
                    + " WHERE n.title = ?")) {
      st.setString(1, title);
      st.executeUpdate();
      try (var q =
          db.prepareStatement(
              "SELECT s.id FROM shift s JOIN need n ON n.id = s.need_id WHERE n.title = ?")) {
        q.setString(1, title);
        try (var rs = q.executeQuery()) {
          rs.next();
          shift = rs.getLong(1);
        }
      }
    }
    String helper = ApiIT.token("helfer");
    assertEquals(401, post(null, "{\"shiftId\":" + shift + "}").statusCode());
    HttpResponse<String> missing = post(helper, "{}");
    assertEquals(422, missing.statusCode(), missing.body());
    assertTrue(missing.body().contains("\"field\":\"shiftId\""), missing.body());

    HttpResponse<String> created = post(helper, "{\"shiftId\":" + shift + "}");
    assertEquals(201, created.statusCode(), created.body());
    String location = created.headers().firstValue("Location").orElseThrow();
    assertTrue(location.contains("/api/v1/me/shifts/"), location);
    long signUp = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    String mine = ApiIT.get("me/shifts", helper).body();
    assertTrue(mine.contains(title), mine);

    String other = ApiIT.token("mitglied");
    assertEquals(404, delete(other, signUp).statusCode(), "another person's sign-up");
    assertEquals(204, delete(helper, signUp).statusCode());
    String status =
        ApiIT.json(ApiIT.get("me/shifts", helper).body()).asJsonArray().stream()
            .map(v -> v.asJsonObject())
            .filter(o -> o.getJsonNumber("id").longValue() == signUp)
            .map(o -> o.getString("status"))
            .findFirst()
            .orElse("missing");
    assertEquals("CANCELLED", status);
  }

  private static HttpResponse<String> post(String token, String json) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(ApiIT.APP + "/api/v1/me/shifts"))
            .header("Content-Type", "application/json")
            .header("Accept-Language", "de")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return ApiIT.HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> delete(String token, long id) throws Exception {
    return ApiIT.HTTP.send(
        HttpRequest.newBuilder(URI.create(ApiIT.APP + "/api/v1/me/shifts/" + id))
            .header("Authorization", "Bearer " + token)
            .DELETE()
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
