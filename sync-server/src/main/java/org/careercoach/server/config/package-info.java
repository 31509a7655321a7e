/** Cross-cutting configuration: JSON, error answers and the embedded defaults. */
package org.careercoach.server.config;
