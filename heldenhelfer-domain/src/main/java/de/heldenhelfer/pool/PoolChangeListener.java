package de.heldenhelfer.pool;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/**
 * Tells the {@link OpenNeedsCache} about every written need and shift (places booked or freed,
 * times, visibility, closing), mechanically, so that no service can forget it.
 */
public class PoolChangeListener {
  @PostPersist
  @PostUpdate
  @PostRemove
  void changed(Object entity) {
    try {
      CDI.current().select(OpenNeedsCache.class).get().changed();
    } catch (IllegalStateException noContainer) {
      // JPA outside the application server (persistence tests): there is no cache to tell
    }
  }
}
