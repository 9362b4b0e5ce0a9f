package org.harmledger.model;

/**
 * A PlaceRef is where a report says an event happened, resolved against the gazetteer where
 * possible. {@code precision} is the UCDP where_prec code: 1 exact place, 2 within 25 km of it,
 * 3 second-order admin area, 4 first-order admin area, 5 part of a country, 6 country, 7 wider
 * region or unknown. A name the gazetteer lacks keeps its text with the most precise admin area
 * the text supports and a null {@code geonamesId}.
 */
public record PlaceRef(
    String name,
    Long geonamesId,
    Double lat,
    Double lon,
    String admin1,
    String admin2,
    String country,
    int precision,
    String text,
    Span span) {

  public PlaceRef {
    if (precision < 1 || precision > 7) {
      throw new IllegalArgumentException("where_prec must be 1..7 but was " + precision);
    }
    if ((lat == null) != (lon == null)) {
      throw new IllegalArgumentException("lat and lon must both be set or both be null");
    }
  }
}
