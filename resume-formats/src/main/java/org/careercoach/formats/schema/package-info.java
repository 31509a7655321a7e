/** The JSON Resume schema, shipped in common-model, applied with networknt's validator. */
package org.careercoach.formats.schema;
