package de.heldenhelfer.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgeGroupTest {
  private static final LocalDate STICHTAG = LocalDate.of(2027, 1, 1);

  @Test
  void aBirthdayOnTheReferenceDateCountsAsCompleted() {
    assertEquals(7, AgeGroup.age(LocalDate.of(2020, 1, 1), STICHTAG));
    assertEquals(AgeGroup.AG_7_14, AgeGroup.of(LocalDate.of(2020, 1, 1), STICHTAG));
    assertEquals(AgeGroup.AG_0_6, AgeGroup.of(LocalDate.of(2020, 1, 2), STICHTAG));
    assertEquals(AgeGroup.AG_61_PLUS, AgeGroup.of(LocalDate.of(1966, 1, 1), STICHTAG));
    assertEquals(AgeGroup.AG_41_60, AgeGroup.of(LocalDate.of(1966, 1, 2), STICHTAG));
    assertEquals(AgeGroup.AG_0_6, AgeGroup.of(STICHTAG, STICHTAG), "born on the day: 0");
  }

  @Test
  void withoutABirthDateOrBornLaterTheGroupIsUnknown() {
    assertEquals(AgeGroup.UNKNOWN, AgeGroup.of(null, STICHTAG));
    assertEquals(AgeGroup.UNKNOWN, AgeGroup.of(STICHTAG.plusDays(1), STICHTAG));
  }

  @Test
  void theGroupsAreTheDosbGroupsOfTheReferenceData() throws Exception {
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                getClass().getResourceAsStream("/statistics/dosb_age_groups.csv"),
                StandardCharsets.UTF_8))) {
      List<String[]> rows = in.lines().skip(1).map(l -> l.split(",", -1)).toList();
      assertEquals(7, rows.size());
      for (String[] r : rows) {
        AgeGroup g = AgeGroup.valueOf(r[0]);
        assertEquals(Integer.parseInt(r[2]), g.min(), r[0]);
        assertEquals(r[3].isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(r[3]), g.max(), r[0]);
        assertEquals(r[1], g.label(java.util.Locale.GERMAN), r[0]);
      }
    }
  }

  @Test
  void theSqlCaseNamesEveryGroupInOrder() {
    String sql = AgeGroup.sqlCase("m.birth_date", "DATE '2027-01-01'");
    int last = -1;
    for (AgeGroup g : AgeGroup.values()) {
      int at = sql.indexOf("'" + g.name() + "'");
      if (g != AgeGroup.UNKNOWN) {
        assertEquals(true, at > last, g.name());
        last = at;
      }
    }
  }
}
