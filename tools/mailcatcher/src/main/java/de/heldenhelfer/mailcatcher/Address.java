package de.heldenhelfer.mailcatcher;

import java.util.Locale;
import java.util.regex.Pattern;

/** A decoded mail address from a message header, e.g. {@code Max Müller <max@example.org>}. */
record Address(String name, String address) {

  private static final Pattern PLAIN_NAME = Pattern.compile("[^\"\\\\,;:<>@()\\[\\]]*");

  Address {
    name = name == null || name.isBlank() ? null : name.strip();
    address = address == null ? "" : address.strip();
  }

  /** Unicode display form: {@code address} or {@code Name <address>}. */
  String display() {
    if (name == null) {
      return address;
    }
    String shownName =
        PLAIN_NAME.matcher(name).matches()
            ? name
            : '"' + name.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    return address.isEmpty() ? shownName : shownName + " <" + address + ">";
  }

  boolean hasAddress(String wanted) {
    return address.toLowerCase(Locale.ROOT).equals(wanted);
  }
}
