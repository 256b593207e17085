package de.heldenhelfer.web.api;

import de.heldenhelfer.web.security.OidcSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.RSAPublicKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Verifies Keycloak access tokens (RS256 JWTs): signature against the realm's published keys,
 * issuer, expiry and audience. Keys are cached and fetched again when an unknown key id appears
 * (key rotation), at most every 30 seconds.
 */
@ApplicationScoped
public class BearerTokenVerifier {
  /** The verified claims the API uses. */
  public record VerifiedToken(
      String subject,
      String email,
      boolean emailVerified,
      String givenName,
      String familyName,
      List<String> groups,
      String clientId,
      boolean serviceAccount) {}

  /** The token is not acceptable; the message says why (for logs, not for the client). */
  public static class InvalidTokenException extends Exception {
    private static final long serialVersionUID = 1L;

    public InvalidTokenException(String message) {
      super(message);
    }
  }

  @Inject OidcSettings settings;

  private final Map<String, PublicKey> keys = new ConcurrentHashMap<>();
  private volatile Instant lastFetch = Instant.EPOCH;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  public VerifiedToken verify(String token) throws InvalidTokenException {
    String[] parts = token.split("\\.");
    if (parts.length != 3) {
      throw new InvalidTokenException("not a JWT");
    }
    JsonObject header = json(decode(parts[0]));
    JsonObject claims = json(decode(parts[1]));
    if (!"RS256".equals(header.getString("alg", ""))) {
      throw new InvalidTokenException("unsupported alg");
    }
    PublicKey key = key(header.getString("kid", ""));
    try {
      Signature sig = Signature.getInstance("SHA256withRSA");
      sig.initVerify(key);
      sig.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
      if (!sig.verify(Base64.getUrlDecoder().decode(parts[2]))) {
        throw new InvalidTokenException("bad signature");
      }
    } catch (java.security.GeneralSecurityException | IllegalArgumentException e) {
      throw new InvalidTokenException("bad signature: " + e.getMessage());
    }
    if (!settings.getProvider().equals(claims.getString("iss", ""))) {
      throw new InvalidTokenException("wrong issuer");
    }
    long now = Instant.now().getEpochSecond();
    if (!claims.containsKey("exp") || claims.getJsonNumber("exp").longValue() + 30 < now) {
      throw new InvalidTokenException("expired");
    }
    if (!strings(claims.get("aud")).contains(settings.getApiAudience())) {
      throw new InvalidTokenException("wrong audience");
    }
    return new VerifiedToken(
        claims.getString("sub"),
        claims.getString("email", null),
        claims.getBoolean("email_verified", false),
        claims.getString("given_name", null),
        claims.getString("family_name", null),
        strings(claims.get("groups")),
        claims.getString("azp", null),
        isServiceAccount(claims));
  }

  /**
   * A token of the client-credentials grant: Keycloak issues it to the client's service account
   * (user name {@code service-account-<client>}) and adds the {@code client_id} claim.
   */
  private static boolean isServiceAccount(JsonObject claims) {
    return claims.getString("preferred_username", "").startsWith("service-account-")
        || claims.containsKey("client_id")
        || claims.containsKey("clientId");
  }

  private PublicKey key(String kid) throws InvalidTokenException {
    PublicKey key = keys.get(kid);
    if (key == null && Instant.now().isAfter(lastFetch.plusSeconds(30))) {
      fetchKeys();
      key = keys.get(kid);
    }
    if (key == null) {
      throw new InvalidTokenException("unknown key " + kid);
    }
    return key;
  }

  private synchronized void fetchKeys() throws InvalidTokenException {
    lastFetch = Instant.now();
    try {
      HttpResponse<String> res =
          http.send(
              HttpRequest.newBuilder(
                      URI.create(settings.getProvider() + "/protocol/openid-connect/certs"))
                  .timeout(Duration.ofSeconds(5))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      for (JsonValue v : json(res.body()).getJsonArray("keys")) {
        JsonObject k = v.asJsonObject();
        if ("RSA".equals(k.getString("kty", "")) && "sig".equals(k.getString("use", "sig"))) {
          BigInteger n = new BigInteger(1, Base64.getUrlDecoder().decode(k.getString("n")));
          BigInteger e = new BigInteger(1, Base64.getUrlDecoder().decode(k.getString("e")));
          keys.put(
              k.getString("kid"),
              KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(n, e)));
        }
      }
    } catch (java.io.IOException | java.security.GeneralSecurityException e) {
      throw new InvalidTokenException("cannot fetch keys: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InvalidTokenException("interrupted");
    }
  }

  private static String decode(String part) throws InvalidTokenException {
    try {
      return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new InvalidTokenException("bad encoding");
    }
  }

  private static JsonObject json(String s) throws InvalidTokenException {
    try (JsonReader r = Json.createReader(new StringReader(s))) {
      return r.readObject();
    } catch (RuntimeException e) {
      throw new InvalidTokenException("bad json");
    }
  }

  private static List<String> strings(JsonValue v) {
    List<String> out = new ArrayList<>();
    if (v instanceof JsonString s) {
      out.add(s.getString());
    } else if (v instanceof JsonArray a) {
      a.forEach(x -> out.add(x instanceof JsonString js ? js.getString() : x.toString()));
    }
    return out;
  }
}
