package de.heldenhelfer.web.faces;

import de.heldenhelfer.shared.NotFoundException;

/** Ids that arrive as view parameters: anything but a number is "not found" (the 404 page). */
public final class ViewIds {
  private ViewIds() {}

  /** The id in {@code param}; a missing or malformed one throws {@link NotFoundException}. */
  public static long parse(String param) {
    try {
      return Long.parseLong(param.strip());
    } catch (NumberFormatException | NullPointerException e) {
      throw new NotFoundException();
    }
  }
}
