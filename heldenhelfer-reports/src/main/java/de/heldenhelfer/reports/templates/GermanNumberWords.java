package de.heldenhelfer.reports.templates;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Numbers and euro amounts in German words, as the official Zuwendungsbestätigung pattern asks for
 * the amount ("Betrag in Buchstaben").
 *
 * <p>Conventions (see docs/templates.md): words are written together up to 999.999 and separated by
 * spaces around "Million(en)" and "Milliarde(n)" ("eine Million zweihunderttausend"); hundreds and
 * thousands always carry the "ein" ("einhundert", "eintausend"). A number standing alone ends in
 * "eins" ("einhunderteins"); before the noun "Euro" it is the uninflected "ein" ("ein Euro",
 * "einhundertein Euro"). Cents are written in digits ("und 56 Cent") and left out when zero; an
 * amount below one euro is "null Euro und 50 Cent".
 */
public final class GermanNumberWords {
  /** The largest euro amount written in words. */
  public static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999.99");

  private static final long MAX_NUMBER = 999_999_999_999L;

  private static final String[] UNITS = {
    "",
    "ein",
    "zwei",
    "drei",
    "vier",
    "fünf",
    "sechs",
    "sieben",
    "acht",
    "neun",
    "zehn",
    "elf",
    "zwölf",
    "dreizehn",
    "vierzehn",
    "fünfzehn",
    "sechzehn",
    "siebzehn",
    "achtzehn",
    "neunzehn"
  };
  private static final String[] TENS = {
    "", "", "zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig", "neunzig"
  };

  private GermanNumberWords() {}

  /**
   * A euro amount in words, e.g. 1234.56 → "eintausendzweihundertvierunddreißig Euro und 56 Cent".
   *
   * @throws IllegalArgumentException for negative amounts, amounts above {@link #MAX_AMOUNT} and
   *     fractions of a cent
   */
  public static String euroAmount(BigDecimal amount) {
    Objects.requireNonNull(amount, "amount");
    if (amount.signum() < 0) {
      throw new IllegalArgumentException("negative amount: " + amount.toPlainString());
    }
    if (amount.compareTo(MAX_AMOUNT) > 0) {
      throw new IllegalArgumentException("amount too large: " + amount.toPlainString());
    }
    BigDecimal cents;
    try {
      cents = amount.setScale(2, RoundingMode.UNNECESSARY);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("fraction of a cent: " + amount.toPlainString(), e);
    }
    long total = cents.movePointRight(2).longValueExact();
    long euros = total / 100;
    long cent = total % 100;
    String words = euros == 0 ? "null" : words(euros, false);
    String result = words + " Euro";
    return cent == 0 ? result : result + " und " + cent + " Cent";
  }

  /**
   * A whole number in words as it stands alone, e.g. 1 → "eins", 101 → "einhunderteins", 2000000 →
   * "zwei Millionen".
   *
   * @throws IllegalArgumentException for negative numbers and numbers above 999.999.999.999
   */
  public static String number(long n) {
    if (n < 0) {
      throw new IllegalArgumentException("negative number: " + n);
    }
    if (n > MAX_NUMBER) {
      throw new IllegalArgumentException("number too large: " + n);
    }
    return n == 0 ? "null" : words(n, true);
  }

  /** Words for 1 ≤ n ≤ MAX_NUMBER; {@code alone}: a final 1 is "eins", else "ein". */
  private static String words(long n, boolean alone) {
    StringBuilder sb = new StringBuilder();
    long billions = n / 1_000_000_000L;
    long millions = (n / 1_000_000L) % 1000;
    long thousands = (n / 1000) % 1000;
    long rest = n % 1000;
    if (billions > 0) {
      sb.append(big(billions, "Milliarde", "Milliarden"));
    }
    if (millions > 0) {
      space(sb).append(big(millions, "Million", "Millionen"));
    }
    if (thousands > 0 || rest > 0) {
      space(sb);
      if (thousands > 0) {
        sb.append(below1000(thousands, false)).append("tausend");
      }
      if (rest > 0) {
        sb.append(below1000(rest, alone));
      }
    }
    return sb.toString();
  }

  private static StringBuilder space(StringBuilder sb) {
    if (!sb.isEmpty()) {
      sb.append(' ');
    }
    return sb;
  }

  /** "eine Million", "zwei Millionen", "einundzwanzig Millionen". */
  private static String big(long count, String singular, String plural) {
    return count == 1 ? "eine " + singular : below1000(count, false) + " " + plural;
  }

  /** 1 ≤ n ≤ 999; a final 1 is "eins" when {@code alone}, else "ein". */
  private static String below1000(long n, boolean alone) {
    StringBuilder sb = new StringBuilder();
    int hundreds = (int) (n / 100);
    int rest = (int) (n % 100);
    if (hundreds > 0) {
      sb.append(UNITS[hundreds]).append("hundert");
    }
    if (rest == 1) {
      sb.append(alone ? "eins" : "ein");
    } else if (rest < 20) {
      sb.append(UNITS[rest]);
    } else {
      int unit = rest % 10;
      if (unit > 0) {
        sb.append(UNITS[unit]).append("und");
      }
      sb.append(TENS[rest / 10]);
    }
    return sb.toString();
  }
}
