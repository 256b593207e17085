package de.heldenhelfer.shared;

import java.util.regex.Pattern;

/** The one rule for e-mail addresses typed by people: something@domain.tld, no spaces. */
public final class EmailAddresses {
  private static final Pattern SHAPE = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private EmailAddresses() {}

  /** True for a plausible address (surrounding blanks are ignored); false for null or blank. */
  public static boolean isValid(String address) {
    return address != null && SHAPE.matcher(address.strip()).matches();
  }
}
