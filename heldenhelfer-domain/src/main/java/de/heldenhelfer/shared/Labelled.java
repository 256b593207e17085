package de.heldenhelfer.shared;

import java.util.Locale;

/**
 * Something with a name in the reader's language (a status, a category). As an argument of a
 * message it is printed with {@link #label(Locale)} in the message's language.
 */
public interface Labelled {
  String label(Locale locale);
}
