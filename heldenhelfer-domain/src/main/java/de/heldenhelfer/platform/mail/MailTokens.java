package de.heldenhelfer.platform.mail;

import de.heldenhelfer.shared.Config;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signatures for links in e-mails that work without login (unsubscribe, notifications off): HMAC
 * SHA-256 with {@code HH_MAIL_TOKEN_SECRET}, so nobody can make a link for somebody else.
 */
public final class MailTokens {
  private MailTokens() {}

  /** The URL-safe signature of {@code payload}. */
  public static String sign(String payload) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 unavailable", e);
    }
  }

  /** Whether {@code signature} is the signature of {@code payload} (in constant time). */
  public static boolean valid(String payload, String signature) {
    return MessageDigest.isEqual(
        sign(payload).getBytes(StandardCharsets.US_ASCII),
        signature.getBytes(StandardCharsets.US_ASCII));
  }

  private static String secret() {
    return Config.get("hh.mail.token-secret", "heldenhelfer-unsubscribe-dev-secret");
  }
}
