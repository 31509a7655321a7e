/** The one JSON mapper configuration that the server and the desktop app share. */
package org.careercoach.model.json;
