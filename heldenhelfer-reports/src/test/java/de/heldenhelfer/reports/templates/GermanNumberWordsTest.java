package de.heldenhelfer.reports.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GermanNumberWordsTest {

  @ParameterizedTest
  @CsvSource({
    "0, null",
    "1, eins",
    "2, zwei",
    "7, sieben",
    "10, zehn",
    "11, elf",
    "12, zwölf",
    "16, sechzehn",
    "17, siebzehn",
    "19, neunzehn",
    "20, zwanzig",
    "21, einundzwanzig",
    "30, dreißig",
    "31, einunddreißig",
    "45, fünfundvierzig",
    "66, sechsundsechzig",
    "77, siebenundsiebzig",
    "99, neunundneunzig",
    "100, einhundert",
    "101, einhunderteins",
    "111, einhundertelf",
    "121, einhunderteinundzwanzig",
    "200, zweihundert",
    "999, neunhundertneunundneunzig",
    "1000, eintausend",
    "1001, eintausendeins",
    "1100, eintausendeinhundert",
    "2021, zweitausendeinundzwanzig",
    "21000, einundzwanzigtausend",
    "101000, einhunderteintausend",
    "999999, neunhundertneunundneunzigtausendneunhundertneunundneunzig",
    "1000000, eine Million",
    "1000001, eine Million eins",
    "2000000, zwei Millionen",
    "1234567, eine Million zweihundertvierunddreißigtausendfünfhundertsiebenundsechzig",
    "21000000, einundzwanzig Millionen",
    "1000000000, eine Milliarde",
    "3000500000, drei Milliarden fünfhunderttausend"
  })
  void numbers(long n, String words) {
    assertEquals(words, GermanNumberWords.number(n));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "1234.56; eintausendzweihundertvierunddreißig Euro und 56 Cent",
        "0; null Euro",
        "0.50; null Euro und 50 Cent",
        "0.05; null Euro und 5 Cent",
        "1; ein Euro",
        "1.00; ein Euro",
        "1.01; ein Euro und 1 Cent",
        "11; elf Euro",
        "16; sechzehn Euro",
        "17; siebzehn Euro",
        "21; einundzwanzig Euro",
        "30; dreißig Euro",
        "100; einhundert Euro",
        "101; einhundertein Euro",
        "1000; eintausend Euro",
        "1001; eintausendein Euro",
        "50.5; fünfzig Euro und 50 Cent",
        "1000000; eine Million Euro",
        "1000001; eine Million ein Euro",
        "2000000; zwei Millionen Euro",
        "999999999.99; neunhundertneunundneunzig Millionen"
            + " neunhundertneunundneunzigtausendneunhundertneunundneunzig Euro und 99 Cent"
      })
  void euroAmounts(String amount, String words) {
    assertEquals(words, GermanNumberWords.euroAmount(new BigDecimal(amount)));
  }

  @Test
  void rejectsNegativeTooLargeAndFractionsOfCents() {
    assertThrows(
        IllegalArgumentException.class, () -> GermanNumberWords.euroAmount(new BigDecimal("-1")));
    assertThrows(
        IllegalArgumentException.class,
        () -> GermanNumberWords.euroAmount(new BigDecimal("1000000000")));
    assertThrows(
        IllegalArgumentException.class,
        () -> GermanNumberWords.euroAmount(new BigDecimal("1.005")));
    assertEquals("ein Euro", GermanNumberWords.euroAmount(new BigDecimal("1.000")));
    assertThrows(IllegalArgumentException.class, () -> GermanNumberWords.number(-1));
    assertThrows(
        IllegalArgumentException.class, () -> GermanNumberWords.number(1_000_000_000_000L));
  }
}
