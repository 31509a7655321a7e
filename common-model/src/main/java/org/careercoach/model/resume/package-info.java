/**
 * The JSON Resume 1.x model as immutable records.
 *
 * <p>Reading is lenient and lossless: every record keeps the fields it does not know in {@code
 * extensions} and writes them back, so a resume made by another tool survives a round trip. Dates
 * are {@link org.careercoach.model.resume.PartialDate}s, which keep {@code 2019}, {@code 2019-04}
 * and {@code 2019-04-02} exactly as given.
 */
package org.careercoach.model.resume;
