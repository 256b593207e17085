package de.heldenhelfer.platform.demo;

import de.heldenhelfer.platform.demo.DemoRegion.Municipality;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reference data and name lists read once from the classpath: {@code reference/municipalities.csv},
 * {@code reference/sports.csv}, {@code demo/first_names.csv}, {@code demo/last_names.txt}, {@code
 * demo/streets.txt}, {@code demo/skills.txt}. Immutable, shared by all generator runs.
 */
final class DemoReferenceData {

  static final int FIRST_NAME_MIN_YEAR = 1915;
  static final int FIRST_NAME_MAX_YEAR = 2025;

  final List<Municipality> municipalities;
  final Map<Integer, String> sports;

  /** First names by birth year (index year - MIN_YEAR); [0] = male, [1] = female. */
  private final String[][][] firstNamesByYear;

  final String[] lastNames;
  final double[] lastNameCumulative;
  final String[] streets;
  final String[] skills;

  private static volatile DemoReferenceData instance;

  static DemoReferenceData get() {
    DemoReferenceData d = instance;
    if (d == null) {
      synchronized (DemoReferenceData.class) {
        d = instance;
        if (d == null) {
          d = new DemoReferenceData();
          instance = d;
        }
      }
    }
    return d;
  }

  private DemoReferenceData() {
    municipalities = Collections.unmodifiableList(readMunicipalities());
    sports = Collections.unmodifiableMap(readSports());
    firstNamesByYear = readFirstNames();
    List<String> ln = new ArrayList<>();
    List<Double> weights = new ArrayList<>();
    for (String line : lines("/demo/last_names.txt")) {
      String[] p = line.split(";");
      ln.add(p[0].strip());
      weights.add(p.length > 1 ? Double.parseDouble(p[1].strip()) : 1.0);
    }
    lastNames = ln.toArray(String[]::new);
    lastNameCumulative = new double[weights.size()];
    double sum = 0;
    for (int i = 0; i < weights.size(); i++) {
      sum += weights.get(i);
      lastNameCumulative[i] = sum;
    }
    streets = lines("/demo/streets.txt").toArray(String[]::new);
    skills = lines("/demo/skills.txt").toArray(String[]::new);
  }

  /** The first names common for the given sex ('M' or 'W') in the given birth year. */
  String[] firstNames(char sex, int birthYear) {
    int y = Math.max(FIRST_NAME_MIN_YEAR, Math.min(FIRST_NAME_MAX_YEAR, birthYear));
    return firstNamesByYear[y - FIRST_NAME_MIN_YEAR][sex == 'M' ? 0 : 1];
  }

  private static List<Municipality> readMunicipalities() {
    List<Municipality> out = new ArrayList<>();
    List<String> rows = lines("/reference/municipalities.csv");
    // ags,name,type,verwaltungsgemeinschaft,population,population_date,lat,lon,postal_codes
    for (String row : rows.subList(1, rows.size())) {
      String[] f = row.split(",", -1);
      out.add(
          new Municipality(
              f[0],
              f[1],
              Integer.parseInt(f[4]),
              Double.parseDouble(f[6]),
              Double.parseDouble(f[7]),
              List.of(f[8].strip().split("\\s+"))));
    }
    return out;
  }

  private static Map<Integer, String> readSports() {
    Map<Integer, String> out = new LinkedHashMap<>();
    List<String> rows = lines("/reference/sports.csv");
    for (String row : rows.subList(1, rows.size())) {
      String[] f = row.split(",", -1);
      out.put(Integer.parseInt(f[0]), f[1]);
    }
    return out;
  }

  private static String[][][] readFirstNames() {
    int years = FIRST_NAME_MAX_YEAR - FIRST_NAME_MIN_YEAR + 1;
    List<List<List<String>>> byYear = new ArrayList<>(years);
    for (int i = 0; i < years; i++) {
      byYear.add(List.of(new ArrayList<>(), new ArrayList<>()));
    }
    List<String> rows = lines("/demo/first_names.csv");
    for (String row : rows.subList(1, rows.size())) {
      String[] f = row.split(",");
      int sex = f[1].equals("M") ? 0 : 1;
      int from = Math.max(FIRST_NAME_MIN_YEAR, Integer.parseInt(f[2]));
      int to = Math.min(FIRST_NAME_MAX_YEAR, Integer.parseInt(f[3]));
      for (int y = from; y <= to; y++) {
        List<String> list = byYear.get(y - FIRST_NAME_MIN_YEAR).get(sex);
        if (!list.contains(f[0])) {
          list.add(f[0]);
        }
      }
    }
    String[][][] out = new String[years][2][];
    for (int i = 0; i < years; i++) {
      for (int s = 0; s < 2; s++) {
        out[i][s] = byYear.get(i).get(s).toArray(String[]::new);
        if (out[i][s].length < 5) {
          throw new IllegalStateException(
              "demo/first_names.csv: too few names for " + (FIRST_NAME_MIN_YEAR + i));
        }
      }
    }
    return out;
  }

  /** Non-blank lines of a UTF-8 classpath resource, without '#' comment lines. */
  static List<String> lines(String resource) {
    try (InputStream in = DemoReferenceData.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing classpath resource " + resource);
      }
      List<String> out = new ArrayList<>();
      try (BufferedReader r =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        String line;
        while ((line = r.readLine()) != null) {
          if (!line.isBlank() && !line.startsWith("#")) {
            out.add(line.strip());
          }
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + resource, e);
    }
  }

  @Override
  public String toString() {
    return "DemoReferenceData" + Arrays.asList(municipalities.size(), sports.size());
  }
}
