/**
 * The gazetteer: places by every name they go by, and the finding of place names in text.
 *
 * <p>{@link org.harmledger.gazetteer.Gazetteer#loadDefault()} serves the data shipped under
 * {@code src/main/resources/org/harmledger/gazetteer/}, listed in load order in
 * {@code default-gazetteer.txt}:
 * <ul>
 *   <li>{@code geonames-sy-iq.txt}: populated places of Syria and Iraq from GeoNames cities500
 *       (CC BY 4.0), made by {@code tools/gazetteer/build.py};
 *   <li>{@code admin-sy-iq.txt}: governorates/provinces (ADM1) and districts (ADM2), negative ids,
 *       made by the same script from its curated inputs;
 *   <li>{@code villages-sy-iq.txt}: curated villages that cities500 lacks, negative ids;
 *   <li>{@code admin1-names.txt}: the common English name of each governorate/province, which
 *       every Place's {@code admin1} carries;
 *   <li>{@code alternate-names.txt}: more spellings of GeoNames places seen in sources;
 *   <li>{@code stopwords.txt} and {@code articles.txt}: words that never make a place alone, and
 *       the transliterated Arabic articles that names drop.
 * </ul>
 * A user's own GeoNames files load with {@link org.harmledger.gazetteer.Gazetteer#load} or, added
 * to the shipped data, with {@link org.harmledger.gazetteer.GazetteerBuilder#defaults()}.
 */
package org.harmledger.gazetteer;
