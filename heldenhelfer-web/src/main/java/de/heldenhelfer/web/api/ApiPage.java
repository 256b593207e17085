package de.heldenhelfer.web.api;

import jakarta.ws.rs.BadRequestException;
import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, the convention of every list of the API: {@code page} counts from 1; the
 * answer names {@code total}, {@code pages} and {@code size}.
 */
public record ApiPage<T>(List<T> items, int total, int page, int pages, int size) {

  /** The requested page number (from 1; null is the first); anything below 1 is a 400. */
  static int requested(Integer page) {
    if (page != null && page < 1) {
      throw new BadRequestException("page");
    }
    return page == null ? 1 : page;
  }

  /** Page {@code page} (from 1, past the end = the last page) of {@code all}, mapped. */
  static <E, T> ApiPage<T> of(List<E> all, Integer page, int size, Function<E, T> map) {
    int pages = Math.max(1, (all.size() + size - 1) / size);
    int p = Math.min(requested(page), pages) - 1;
    List<T> items =
        all.subList(Math.min(all.size(), p * size), Math.min(all.size(), (p + 1) * size)).stream()
            .map(map)
            .toList();
    return new ApiPage<>(items, all.size(), p + 1, pages, size);
  }
}
