package de.heldenhelfer.web.directory;

import de.heldenhelfer.club.Municipality;
import de.heldenhelfer.club.ReferenceData;
import de.heldenhelfer.club.Sport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;

/**
 * The option lists of the public directory's GET form (municipalities twice, sports), written in
 * one piece per list instead of one expression per option: the public pages are the busiest, and
 * about a fifth of a directory page's time went into evaluating 170 option expressions.
 */
@Named
@ApplicationScoped
public class DirectoryChoices {
  @Inject ReferenceData reference;

  /** The municipalities as {@code <option>} elements, {@code selected} (an AGS) marked. */
  public String municipalityOptions(String selected) {
    StringBuilder out = new StringBuilder(4096);
    for (Municipality m : reference.municipalities()) {
      option(out, m.ags(), m.name(), m.ags().equals(selected));
    }
    return out.toString();
  }

  /** The sports as {@code <option>} elements in the reader's language, {@code selected} marked. */
  public String sportOptions(String selected, Locale locale) {
    StringBuilder out = new StringBuilder(4096);
    for (Sport s : reference.sports()) {
      String code = String.valueOf(s.code());
      option(out, code, s.name(locale), code.equals(selected));
    }
    return out.toString();
  }

  private static void option(StringBuilder out, String value, String label, boolean selected) {
    out.append("<option value=\"").append(escape(value)).append('"');
    if (selected) {
      out.append(" selected=\"selected\"");
    }
    out.append('>').append(escape(label)).append("</option>");
  }

  static String escape(String text) {
    StringBuilder s = new StringBuilder(text.length() + 8);
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> s.append("&amp;");
        case '<' -> s.append("&lt;");
        case '>' -> s.append("&gt;");
        case '"' -> s.append("&quot;");
        default -> s.append(c);
      }
    }
    return s.toString();
  }
}
