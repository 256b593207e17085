package de.heldenhelfer.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * The document archive's REST endpoints with real Keycloak tokens against the running app and the
 * demo region's archive: the board lists and downloads its documents, club B gets 404 for club A's
 * archive and ids, a member 403.
 */
class DocumentApiIT {
  @Test
  void boardListsAndDownloadsOnlyItsOwnClubsDocuments() throws Exception {
    String boardA = ApiIT.token("vorstand-sport");
    String boardB = ApiIT.token("vorstand-test");
    long clubA = ApiIT.firstClub(boardA);
    long clubB = ApiIT.firstClub(boardB);

    HttpResponse<String> list = ApiIT.get("clubs/" + clubA + "/documents?category=SATZUNG", boardA);
    assertEquals(200, list.statusCode(), list.body());
    JsonArray docs = ApiIT.json(list.body()).asJsonArray();
    assertFalse(docs.isEmpty(), "the demo statutes: " + list.body());
    JsonObject statutes = docs.getJsonObject(0);
    assertEquals("SATZUNG", statutes.getString("category"));
    assertFalse(statutes.containsKey("keepUntil"), "statutes are kept permanently (no date)");
    long id = statutes.getJsonNumber("id").longValue();

    HttpResponse<String> file =
        ApiIT.get("clubs/" + clubA + "/documents/" + id + "/content", boardA);
    assertEquals(200, file.statusCode());
    assertEquals("application/pdf", file.headers().firstValue("Content-Type").orElse(""));
    assertTrue(
        file.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment;"));
    assertEquals("nosniff", file.headers().firstValue("X-Content-Type-Options").orElse(""));
    assertTrue(file.body().startsWith("%PDF-"));
    assertEquals(
        statutes.getJsonNumber("size").longValue(),
        file.headers().firstValueAsLong("Content-Length").orElse(-1));

    assertEquals(
        400, ApiIT.get("clubs/" + clubA + "/documents?category=GEHEIM", boardA).statusCode());
    assertEquals(
        404,
        ApiIT.get("clubs/" + clubA + "/documents/" + id + "/content?version=9", boardA)
            .statusCode());

    // club B: neither club A's archive nor its id through B's own path
    assertEquals(404, ApiIT.get("clubs/" + clubA + "/documents", boardB).statusCode());
    HttpResponse<String> guessed =
        ApiIT.get("clubs/" + clubB + "/documents/" + id + "/content", boardB);
    assertEquals(404, guessed.statusCode(), guessed.body());
    assertFalse(guessed.body().contains("%PDF"));
    HttpResponse<String> listB = ApiIT.get("clubs/" + clubB + "/documents", boardB);
    assertEquals(200, listB.statusCode());
    assertFalse(
        ApiIT.json(listB.body()).asJsonArray().stream()
            .anyMatch(d -> d.asJsonObject().getJsonNumber("id").longValue() == id));

    // a plain member of club A
    String member = ApiIT.token("mitglied");
    assertEquals(403, ApiIT.get("clubs/" + clubA + "/documents", member).statusCode());
    assertEquals(
        403, ApiIT.get("clubs/" + clubA + "/documents/" + id + "/content", member).statusCode());
  }
}
