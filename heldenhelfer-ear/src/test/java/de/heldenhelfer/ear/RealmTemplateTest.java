package de.heldenhelfer.ear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Checks the Keycloak realm template docker/keycloak/heldenhelfer-realm.json. */
class RealmTemplateTest {

  /** username -> fixed user id (the demo data links people by these ids). */
  private static final Map<String, String> DEMO_USERS = new LinkedHashMap<>();

  /** username -> the one application realm role, if any. */
  private static final Map<String, String> DEMO_ROLES = new HashMap<>();

  static {
    DEMO_USERS.put("vorstand-sport", "7a1c0c6e-0001-4000-8000-000000000001");
    DEMO_USERS.put("vorstand-musik", "7a1c0c6e-0002-4000-8000-000000000002");
    DEMO_USERS.put("mitglied", "7a1c0c6e-0003-4000-8000-000000000003");
    DEMO_USERS.put("helfer", "7a1c0c6e-0004-4000-8000-000000000004");
    DEMO_USERS.put("doppelrolle", "7a1c0c6e-0005-4000-8000-000000000005");
    DEMO_USERS.put("agentur", "7a1c0c6e-0006-4000-8000-000000000006");
    DEMO_USERS.put("servicestelle", "7a1c0c6e-0007-4000-8000-000000000007");
    DEMO_USERS.put("planung", "7a1c0c6e-0008-4000-8000-000000000008");
    DEMO_USERS.put("betrieb", "7a1c0c6e-0009-4000-8000-000000000009");
    DEMO_USERS.put("vorstand-test", "7a1c0c6e-0010-4000-8000-000000000010");
    DEMO_USERS.put("trainer-sport", "7a1c0c6e-0011-4000-8000-000000000011");
    DEMO_ROLES.put("agentur", "agency");
    DEMO_ROLES.put("servicestelle", "servicedesk");
    DEMO_ROLES.put("planung", "planner");
    DEMO_ROLES.put("betrieb", "operator");
  }

  private static final Set<String> APP_ROLES =
      Set.of("agency", "servicedesk", "planner", "operator");

  private static JsonObject realm;

  @BeforeAll
  static void parse() throws Exception {
    Path file = ComposeFileTest.findRepoRoot().resolve("docker/keycloak/heldenhelfer-realm.json");
    assertTrue(Files.isRegularFile(file), "missing " + file);
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        JsonReader reader = Json.createReader(in)) {
      realm = reader.readObject();
    }
  }

  @Test
  void realmSettings() {
    assertEquals("heldenhelfer", realm.getString("realm"));
    assertTrue(realm.getBoolean("enabled"));
    assertTrue(realm.getBoolean("internationalizationEnabled"));
    assertEquals("de", realm.getString("defaultLocale"));
    assertEquals(Set.of("de", "en"), strings(realm.getJsonArray("supportedLocales")));
    assertTrue(realm.getBoolean("registrationAllowed"));
    assertTrue(realm.getBoolean("bruteForceProtected"));
  }

  @Test
  void realmRoles() {
    Set<String> roles =
        realm.getJsonObject("roles").getJsonArray("realm").getValuesAs(JsonObject.class).stream()
            .map(r -> r.getString("name"))
            .collect(Collectors.toSet());
    assertTrue(roles.containsAll(APP_ROLES), "roles: " + roles);
  }

  @Test
  void demoUsersHaveFixedIds() {
    List<JsonObject> users = realm.getJsonArray("users").getValuesAs(JsonObject.class);
    Map<String, JsonObject> byName =
        users.stream().collect(Collectors.toMap(u -> u.getString("username"), u -> u));
    assertEquals(DEMO_USERS.keySet(), byName.keySet());
    DEMO_USERS.forEach(
        (username, id) -> {
          JsonObject user = byName.get(username);
          assertEquals(id, user.getString("id"), username);
          assertTrue(user.getBoolean("enabled"), username);
          assertTrue(user.getBoolean("emailVerified"), username);
          assertTrue(user.getString("email").endsWith("@demo.heldenhelfer.de"), username);
          assertEquals(
              Set.of("de"),
              strings(user.getJsonObject("attributes").getJsonArray("locale")),
              username);
          JsonObject credential = user.getJsonArray("credentials").getJsonObject(0);
          assertEquals("password", credential.getString("type"), username);
          assertFalse(credential.getBoolean("temporary"), username);
          Set<String> appRoles = strings(user.getJsonArray("realmRoles"));
          appRoles.retainAll(APP_ROLES);
          String expected = DEMO_ROLES.get(username);
          assertEquals(expected == null ? Set.of() : Set.of(expected), appRoles, username);
        });
  }

  @Test
  void clientsMapRolesToGroupsAndAudience() {
    Map<String, JsonObject> clients =
        realm.getJsonArray("clients").getValuesAs(JsonObject.class).stream()
            .collect(Collectors.toMap(c -> c.getString("clientId"), c -> c));
    JsonObject web = clients.get("heldenhelfer-web");
    JsonObject cli = clients.get("heldenhelfer-cli");
    assertNotNull(web, "client heldenhelfer-web");
    assertNotNull(cli, "client heldenhelfer-cli");

    assertFalse(web.getBoolean("publicClient"));
    assertEquals("@WEB_CLIENT_SECRET@", web.getString("secret"));
    assertEquals(Set.of("@APP_URL@/*"), strings(web.getJsonArray("redirectUris")));
    assertTrue(cli.getBoolean("publicClient"));
    assertTrue(cli.getBoolean("directAccessGrantsEnabled"));

    for (JsonObject client : List.of(web, cli)) {
      List<JsonObject> mappers =
          client.getJsonArray("protocolMappers").getValuesAs(JsonObject.class);
      JsonObject groups =
          mappers.stream()
              .filter(m -> "oidc-usermodel-realm-role-mapper".equals(m.getString("protocolMapper")))
              .findFirst()
              .orElseThrow();
      assertEquals("groups", groups.getJsonObject("config").getString("claim.name"));
      assertEquals("true", groups.getJsonObject("config").getString("multivalued"));
      JsonObject audience =
          mappers.stream()
              .filter(m -> "oidc-audience-mapper".equals(m.getString("protocolMapper")))
              .findFirst()
              .orElseThrow();
      assertEquals(
          "heldenhelfer-api",
          audience.getJsonObject("config").getString("included.custom.audience"));
    }
  }

  private static Set<String> strings(JsonArray array) {
    return array.stream()
        .filter(v -> v.getValueType() == JsonValue.ValueType.STRING)
        .map(v -> ((JsonString) v).getString())
        .collect(Collectors.toCollection(java.util.HashSet::new));
  }
}
