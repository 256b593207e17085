package de.heldenhelfer.shared;

import org.eclipse.microprofile.config.ConfigProvider;

/** Reads MicroProfile Config values with a fallback (also where no config provider runs). */
public final class Config {
  private Config() {}

  public static String get(String key, String fallback) {
    try {
      return ConfigProvider.getConfig().getOptionalValue(key, String.class).orElse(fallback);
    } catch (IllegalStateException | NoClassDefFoundError e) {
      return fallback; // unit tests without a config provider
    }
  }

  /** The application's public base URL, for links in mails and feeds. */
  public static String appUrl() {
    return get("hh.app.url", "http://localhost:8080");
  }
}
