package de.heldenhelfer.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StatisticsSettingsTest {
  @Test
  void theThresholdIsNeverBelowThree() {
    assertEquals(5, StatisticsSettings.effectiveK(5));
    assertEquals(10, StatisticsSettings.effectiveK(10));
    assertEquals(3, StatisticsSettings.effectiveK(3));
    assertEquals(3, StatisticsSettings.effectiveK(2));
    assertEquals(3, StatisticsSettings.effectiveK(0));
  }
}
